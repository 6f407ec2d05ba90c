using System.Net;

namespace Parta.Tests.Harness;

/// <summary>Browsers talking to a server in its own process (<see cref="ServerProcess"/>).</summary>
public static class ServerProcessClients
{
    /// <summary>A new browser talking to this server.</summary>
    public static ApiClient NewClient(this ServerProcess server) => Client(server, new CookieContainer());

    /// <summary>The same browser (its cookies), its next requests landing on this server.</summary>
    public static ApiClient Use(this ServerProcess server, ApiClient browser) => Client(server, browser.Cookies);

    private static ApiClient Client(ServerProcess server, CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true }) { BaseAddress = server.BaseAddress }, cookies);
}
