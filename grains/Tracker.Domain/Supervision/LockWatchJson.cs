using System.Text.Json;

namespace Tracker.Domain.Supervision;

/// <summary>Copies of a lock's rule state, without its reorder window, for <see cref="ReorderWindow.Base"/>.</summary>
internal static class LockWatchJson
{
    public static string Snapshot(LockWatch watch)
    {
        var window = watch.Reorder;
        watch.Reorder = null;
        try
        {
            return JsonSerializer.Serialize(watch);
        }
        finally
        {
            watch.Reorder = window;
        }
    }

    public static LockWatch Restore(string json) => JsonSerializer.Deserialize<LockWatch>(json) ?? new LockWatch();
}
