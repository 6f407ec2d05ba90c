using System.Diagnostics;

namespace Parta.Tests.Harness;

/// <summary>The machine's own tools (sqlite3, pg_dump, pg_ctl, redis-server…), run by a test to completion.</summary>
public static class Commands
{
    /// <summary>Runs the program and fails the test, with what it printed, unless it exits with 0.</summary>
    public static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {await error}{await output}");
    }
}
