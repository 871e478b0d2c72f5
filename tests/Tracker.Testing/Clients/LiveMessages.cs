using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Tracker.Testing.Clients;

/// <summary>
/// The live hub's "snapshot", "deltas" and "alert" messages as one connection received them, in
/// order, whatever its protocol decodes items to; an alert counts as the one item of view "alerts".
/// </summary>
public sealed class LiveMessages<TItems, TAlert>
{
    private readonly Channel<(string Kind, string View, TItems Items)> _messages = Channel.CreateUnbounded<(string, string, TItems)>();

    /// <param name="oneItem">Makes an alert the items of a message.</param>
    public LiveMessages(HubConnection connection, Func<TAlert, TItems> oneItem)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.On<string, TItems>("snapshot", (view, items) => _messages.Writer.TryWrite(("snapshot", view, items)));
        connection.On<string, TItems>("deltas", (view, items) => _messages.Writer.TryWrite(("deltas", view, items)));
        connection.On<TAlert>("alert", alert => _messages.Writer.TryWrite(("alert", "alerts", oneItem(alert))));
    }

    /// <summary>The next message that matches, skipping the others.</summary>
    /// <exception cref="TimeoutException">None matched within <paramref name="timeout"/> (15 s by default).</exception>
    public async Task<(string Kind, string View, TItems Items)> NextAsync(Func<(string Kind, string View, TItems Items), bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            while (true)
            {
                var message = await _messages.Reader.ReadAsync(cts.Token);
                if (match(message))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("no matching live message arrived in time");
        }
    }
}
