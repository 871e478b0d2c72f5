using System.Security.Cryptography;
using System.Text;
using Tracker.Domain.Supervision;

namespace Tracker.Grains.Supervision;

public static class AlertIds
{
    /// <summary>
    /// Deterministic, so that replaying the journal raises the same alert again (a no-op) rather
    /// than a second one; short enough to stay a valid id however long the consignment id is.
    /// </summary>
    public static string For(string consignmentId, AnomalyType type, int ordinal)
    {
        var id = $"{consignmentId}.{type}.{ordinal}";
        return id.Length <= 64 ? id : $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(consignmentId)))[..16]}.{type}.{ordinal}";
    }
}
