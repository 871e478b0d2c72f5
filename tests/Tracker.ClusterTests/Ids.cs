using Tracker.Domain.Identifiers;

namespace Tracker.ClusterTests;

/// <summary>Fresh identifiers per test, so tests sharing a cluster never see each other's grains.</summary>
public static class Ids
{
    private static int _serial = Random.Shared.Next(100_000, 900_000);

    public static string Container(string owner = "TCNU")
    {
        var first = $"{owner}{Interlocked.Increment(ref _serial):D6}";
        return first + ContainerNumber.ComputeCheckDigit(first);
    }

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
