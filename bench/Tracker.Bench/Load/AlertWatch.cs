using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Tracker.Bench.Load;

/// <summary>
/// One control client on the alerts view for the whole run: it sees each alert as it is raised
/// (the hub's "alert" message), so the count and the pace of alerts need no list query.
/// </summary>
public sealed class AlertWatch : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentDictionary<string, (string Type, TimeSpan At)> _raised = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private AlertWatch(HubConnection connection) => _connection = connection;

    /// <summary>Distinct alerts seen, by type.</summary>
    public IReadOnlyDictionary<string, int> ByType => _raised.Values.GroupBy(v => v.Type).ToDictionary(g => g.Key, g => g.Count());

    public int Count => _raised.Count;

    /// <summary>Time since the watch began: compare with <see cref="Count"/> taken at two moments.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public static async Task<AlertWatch> Start(LoadApi api)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Address, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(api.Control))
            .Build();
        var watch = new AlertWatch(connection);
        connection.On<JsonElement>("alert", watch.Seen);
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", "alerts");
        return watch;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private void Seen(JsonElement alert)
    {
        if (alert.TryGetProperty("id", out var id) && id.GetString() is { } key)
        {
            var type = alert.TryGetProperty("type", out var t) ? t.GetString() ?? "?" : "?";
            _raised.TryAdd(key, (type, _clock.Elapsed));
        }
    }
}
