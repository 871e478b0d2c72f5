using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Tracker.HttpTests.Security;

/// <summary>
/// A connection to the live hub that tells how a subscription was answered: a snapshot (S), taken without one (N),
/// or refused with a hub error (E), without waiting long for a snapshot that is not coming.
/// </summary>
public sealed class HubSession : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<string> _snapshots = Channel.CreateUnbounded<string>();

    private HubSession(HubConnection connection)
    {
        _connection = connection;
        _connection.On<string, object>("snapshot", (view, _) => _snapshots.Writer.TryWrite(view));
    }

    public HubConnection Connection => _connection;

    public static async Task<HubSession> ConnectAsync(Uri address, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(address, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token.Length == 0 ? null : token))
            .Build();
        var session = new HubSession(connection);
        try
        {
            await connection.StartAsync();
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return session;
    }

    /// <summary>'S', 'N' or 'E'; the hub sends the snapshot before it completes the call, so a short wait after is enough.</summary>
    public async Task<char> SubscribeAsync(string view)
    {
        try
        {
            await _connection.InvokeAsync("Subscribe", view);
        }
        catch (Microsoft.AspNetCore.SignalR.HubException)
        {
            return 'E';
        }

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            while (await _snapshots.Reader.ReadAsync(wait.Token) != view)
            {
            }

            return 'S';
        }
        catch (OperationCanceledException)
        {
            return 'N';
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
