using System.Net;
using System.Net.Sockets;

namespace Tracker.Testing.Network;

/// <summary>Free loopback ports for the servers a test starts; never the same one twice within this test process.</summary>
public static class FreePort
{
    private static readonly HashSet<int> _given = [];

    public static int Next() => Distinct(1)[0];

    /// <summary>Two ports that differ, as a silo and its gateway take them.</summary>
    public static (int Silo, int Gateway) Pair()
    {
        var ports = Distinct(2);
        return (ports[0], ports[1]);
    }

    /// <summary>Distinct free loopback ports: all listeners are held open until every port is chosen.</summary>
    public static int[] Distinct(int count)
    {
        lock (_given)
        {
            var listeners = new List<TcpListener>();
            try
            {
                var ports = new List<int>();
                while (ports.Count < count)
                {
                    var listener = new TcpListener(IPAddress.Loopback, 0);
                    listener.Start();
                    listeners.Add(listener);
                    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                    if (_given.Add(port))
                    {
                        ports.Add(port);
                    }
                }

                return [.. ports];
            }
            finally
            {
                listeners.ForEach(l => l.Stop());
            }
        }
    }
}
