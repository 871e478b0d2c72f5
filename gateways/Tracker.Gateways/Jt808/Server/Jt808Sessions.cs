using System.Collections.Concurrent;

namespace Tracker.Gateways.Jt808.Server;

/// <summary>
/// The live connection of each terminal on this host. A terminal that logs in again (it reset, or its old TCP
/// connection is half-open) replaces its previous connection, which is closed: two connections of one terminal
/// would acknowledge and apply its reports in no defined order.
/// </summary>
public sealed class Jt808Sessions
{
    private readonly ConcurrentDictionary<string, Jt808Session> _live = new(StringComparer.Ordinal);

    public int Count => _live.Count;

    public void Bind(string terminalId, Jt808Session session)
    {
        Jt808Session? previous = null;
        _live.AddOrUpdate(terminalId, session, (_, old) =>
        {
            previous = old;
            return session;
        });
        if (previous is not null && !ReferenceEquals(previous, session))
        {
            previous.Replace();
        }
    }

    public void Release(string terminalId, Jt808Session session) =>
        _live.TryRemove(KeyValuePair.Create(terminalId, session));

    public bool IsLive(string terminalId) => _live.ContainsKey(terminalId);
}
