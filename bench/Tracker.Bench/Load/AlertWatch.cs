using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Tracker.Bench.Load;

/// <summary>
/// One client on the alerts view (control for the whole run, or a customs officer): it sees each alert as it is
/// raised (the hub's "alert" message), so the count, the pace and the delay of alerts need no list query.
/// </summary>
public sealed class AlertWatch : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentDictionary<string, (string Type, string Consignment, TimeSpan At)> _raised = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private AlertWatch(HubConnection connection) => _connection = connection;

    /// <summary>Distinct alerts seen, by type.</summary>
    public IReadOnlyDictionary<string, int> ByType => _raised.Values.GroupBy(v => v.Type).ToDictionary(g => g.Key, g => g.Count());

    public int Count => _raised.Count;

    /// <summary>Time since the watch began: compare with <see cref="Count"/> taken at two moments, or with <see cref="FirstOf"/>.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>A watch signed in with <paramref name="token"/> (control's when null).</summary>
    public static async Task<AlertWatch> Start(LoadApi api, string? token = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Address, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token ?? api.Control))
            .Build();
        var watch = new AlertWatch(connection);
        connection.On<JsonElement>("alert", watch.Seen);
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", "alerts");
        return watch;
    }

    /// <summary>When (on <see cref="Now"/>'s clock) the first alert of the type for the consignment arrived, if one did.</summary>
    public TimeSpan? FirstOf(string type, string consignment)
    {
        TimeSpan? first = null;
        foreach (var (_, seen) in _raised)
        {
            if (seen.Type == type && seen.Consignment == consignment && (first is null || seen.At < first))
            {
                first = seen.At;
            }
        }

        return first;
    }

    /// <summary>Distinct alerts of the type raised for the given consignments so far, and when the last of them arrived.</summary>
    public (int Count, TimeSpan Last) Of(string type, IReadOnlySet<string> consignments)
    {
        var (count, last) = (0, TimeSpan.Zero);
        foreach (var (_, seen) in _raised)
        {
            if (seen.Type == type && consignments.Contains(seen.Consignment))
            {
                count++;
                last = seen.At > last ? seen.At : last;
            }
        }

        return (count, last);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private void Seen(JsonElement alert)
    {
        if (alert.TryGetProperty("id", out var id) && id.GetString() is { } key)
        {
            var at = _clock.Elapsed;
            var type = alert.TryGetProperty("type", out var t) ? t.GetString() ?? "?" : "?";
            var consignment = alert.TryGetProperty("consignmentId", out var c) ? c.GetString() ?? "?" : "?";
            _raised.TryAdd(key, (type, consignment, at));
        }
    }
}
