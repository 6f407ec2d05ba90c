namespace Parta.Testing;

/// <summary>Settings that tests and benchmarks share.</summary>
public static class ServerSettings
{
    /// <summary>Rate limits no test reaches: a test signs many people in from one loopback address within a minute.</summary>
    public static IReadOnlyDictionary<string, string> Unthrottled { get; } = new Dictionary<string, string>
    {
        ["RateLimits:SignInPerMinute"] = "100000",
        ["RateLimits:CodesPerTenMinutes"] = "100000",
        ["RateLimits:CodesPerDestinationPerHour"] = "100000",
        ["RateLimits:CodesPerAccountPerHour"] = "100000",
        ["RateLimits:ApplicationsPerHour"] = "100000",
    };
}
