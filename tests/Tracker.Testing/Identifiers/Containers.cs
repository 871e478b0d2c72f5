namespace Tracker.Testing.Identifiers;

/// <summary>Valid ISO 6346 numbers for test containers.</summary>
public static class Containers
{
    private static int _serial = Random.Shared.Next(100_000, 900_000);

    public static string Next()
    {
        var first = $"FLTU{Interlocked.Increment(ref _serial) % 1_000_000:D6}";
        return first + Tracker.Domain.Identifiers.ContainerNumber.ComputeCheckDigit(first);
    }
}
