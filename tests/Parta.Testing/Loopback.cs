using System.Net;
using System.Net.Sockets;

namespace Parta.Testing;

public static class Loopback
{
    /// <summary>A loopback port nothing listens on at the moment, for a server the test or bench starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
