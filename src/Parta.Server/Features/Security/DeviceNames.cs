namespace Parta.Server.Features.Security;

/// <summary>
/// «Chrome, Android» from a User-Agent header: enough for a person to recognise their own device in the
/// session list. Deliberately coarse; exact versions help nobody here.
/// </summary>
public static class DeviceNames
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("YaBrowser", "Яндекс Браузер"), ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"), ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    public static string Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return "Неизвестное устройство";
        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name;
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        return (browser, system) switch
        {
            (null, null) => userAgent.Length > 60 ? userAgent[..60] + "…" : userAgent,
            (not null, null) => browser,
            (null, not null) => system,
            _ => $"{browser}, {system}",
        };
    }
}
