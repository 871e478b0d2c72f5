using Tracker.Domain.Identifiers;

namespace Tracker.Bench.Load;

/// <summary>
/// Valid ISO 6346 numbers, unique within a run: an owner code drawn for the run (so that a second
/// run against the same --url host declares other containers) and a serial.
/// </summary>
public sealed class ContainerNumbers(Random random)
{
    private readonly string _owner = new([(char)('A' + random.Next(26)), (char)('A' + random.Next(26)), (char)('A' + random.Next(26)), 'U']);
    private int _serial;

    public string Next()
    {
        var first = $"{_owner}{_serial++:D6}";
        return first + ContainerNumber.ComputeCheckDigit(first);
    }
}
