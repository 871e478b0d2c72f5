using Microsoft.AspNetCore.Connections;

namespace Tracker.Gateways.Jt808.Server;

/// <summary>Kestrel hands each JT/T 808 TCP connection here; a session speaks the dialogue until it ends.</summary>
public sealed class Jt808ConnectionHandler(Jt808Gateway gateway) : ConnectionHandler
{
    public override Task OnConnectedAsync(ConnectionContext connection) => new Jt808Session(connection, gateway).Run();
}
