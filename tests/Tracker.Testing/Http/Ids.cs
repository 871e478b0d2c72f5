using System.Globalization;
using System.Security.Cryptography;
using Tracker.Domain.Identifiers;

namespace Tracker.Testing.Http;

/// <summary>Fresh identifiers, so that tests sharing a host never touch each other's data.</summary>
public static class Ids
{
    private static int _counter = RandomNumberGenerator.GetInt32(0, 500_000);

    /// <summary>A valid ISO 6346 number: a random owner code, category U, a fresh serial and its check digit.</summary>
    public static string Container()
    {
        var owner = new string([.. Enumerable.Range(0, 3).Select(_ => (char)('A' + RandomNumberGenerator.GetInt32(26)))]);
        var serial = (Interlocked.Increment(ref _counter) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var firstTen = $"{owner}U{serial}";
        return firstTen + ContainerNumber.ComputeCheckDigit(firstTen).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The same number with a wrong check digit.</summary>
    public static string WithWrongCheckDigit(string container) =>
        container[..10] + ((container[10] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture);

    public static string Imo()
    {
        var firstSix = RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture);
        return firstSix + ImoNumber.ComputeCheckDigit(firstSix).ToString(CultureInfo.InvariantCulture);
    }

    public static string Mmsi() => RandomNumberGenerator.GetInt32(200_000_000, 800_000_000).ToString(CultureInfo.InvariantCulture);

    /// <summary>A lock, consignment, office, tenant or event id: the prefix and a fresh suffix.</summary>
    public static string Unique(string prefix) =>
        $"{prefix}-{Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}";
}
