using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace Parta.Bench.Messaging;

/// <summary>
/// Makes the server process run a full blocking garbage collection from outside, through the runtime's
/// diagnostics port (the GCHeapCollect keyword, what dotnet-gcdump uses). Memory read right after it is
/// what the connections really hold, not garbage the collector has not reached yet.
/// </summary>
public static class InducedGc
{
    private const long GcKeyword = 0x1;
    private const long GcHeapCollectKeyword = 0x800000;

    public static async Task CollectAsync(int pid)
    {
        var client = new DiagnosticsClient(pid);
        var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcKeyword | GcHeapCollectKeyword);
        using var session = await client.StartEventPipeSessionAsync([provider], requestRundown: false, token: CancellationToken.None);
        var drain = session.EventStream.CopyToAsync(Stream.Null);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await session.StopAsync(CancellationToken.None);
        await drain;
    }
}
