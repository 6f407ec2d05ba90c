namespace Parta.Bench;

/// <summary>What the kernel says about the server process: CPU time, resident memory and threads, from /proc.</summary>
public static class ProcessReadings
{
    /// <summary>User + system CPU time so far (from /proc/&lt;pid&gt;/stat, in clock ticks of 1/100 s).</summary>
    public static TimeSpan CpuTime(this ServerProcess server)
    {
        var stat = File.ReadAllText($"/proc/{server.Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds((long.Parse(fields[11]) + long.Parse(fields[12])) * 10);
    }

    /// <summary>VmRSS and VmHWM (peak) from /proc/&lt;pid&gt;/status, in KiB.</summary>
    public static (long Rss, long Peak) Memory(this ServerProcess server)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{server.Pid}/status"))
        {
            if (line.StartsWith("VmRSS:")) rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
            if (line.StartsWith("VmHWM:")) peak = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        return (rss, peak);
    }

    /// <summary>OS threads of the server: a climbing count under load is the thread pool injecting threads for blocked work.</summary>
    public static int Threads(this ServerProcess server) =>
        int.Parse(File.ReadLines($"/proc/{server.Pid}/status").First(l => l.StartsWith("Threads:")).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1].Trim());
}
