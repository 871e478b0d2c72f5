using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace Tracker.Gateways.Ais.Sources;

/// <summary>The TCP listener (<c>Gateways:Nmea:TcpPort</c>): a receiver connects and writes sentences.</summary>
public sealed class NmeaConnectionHandler(NmeaDecoders decoders, NmeaIngest ingest, TimeProvider clock, ILogger<NmeaConnectionHandler> log) : ConnectionHandler
{
    public override async Task OnConnectedAsync(ConnectionContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        log.LogInformation("NMEA receiver {Remote} connected", connection.RemoteEndPoint);
        try
        {
            await NmeaPump.Run(connection.Transport.Input, decoders.Create(), ingest, clock, connection.ConnectionClosed);
        }
        catch (Exception e) when (e is OperationCanceledException or ConnectionResetException or IOException)
        {
            // The receiver went away; whatever it sent before is already in.
        }

        log.LogInformation("NMEA receiver {Remote} disconnected", connection.RemoteEndPoint);
    }
}
