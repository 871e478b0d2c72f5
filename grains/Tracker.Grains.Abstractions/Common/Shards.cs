using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Tracker.Grains.Common;

/// <summary>
/// Which of <c>count</c> shards a key belongs to. The hash is stable across processes and
/// restarts (string.GetHashCode is not), because a shard's persisted state is found by it:
/// changing a shard count moves keys, and needs the index rebuilt.
/// </summary>
public static class Shards
{
    public static int Of(string key, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var hash = XxHash32.HashToUInt32(MemoryMarshal.AsBytes(key.AsSpan()));
        return (int)(hash % (uint)count);
    }
}
