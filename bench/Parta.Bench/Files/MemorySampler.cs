namespace Parta.Bench.Files;

/// <summary>The server's resident set (VmRSS) every 100 ms while bytes flow, and its peak since the last <see cref="Reset"/>.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly ServerProcess _server;
    private readonly Timer _timer;
    private long _peakKiB;

    public MemorySampler(ServerProcess server)
    {
        _server = server;
        _peakKiB = server.Memory().Rss;
        _timer = new Timer(_ => Sample(), null, 0, 100);
    }

    public long PeakKiB => Interlocked.Read(ref _peakKiB);

    /// <summary>Starts a new peak from the current reading.</summary>
    public void Reset() => Interlocked.Exchange(ref _peakKiB, _server.Memory().Rss);

    private void Sample()
    {
        var now = _server.Memory().Rss;
        long peak;
        do peak = Interlocked.Read(ref _peakKiB); while (now > peak && Interlocked.CompareExchange(ref _peakKiB, now, peak) != peak);
    }

    public void Dispose() => _timer.Dispose();
}
