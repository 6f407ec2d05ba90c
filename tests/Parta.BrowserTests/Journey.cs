namespace Parta.BrowserTests;

/// <summary>Runs a browser story against a fresh server; on failure the server's console is part of the message.</summary>
public static class Journey
{
    public static async Task RunAsync(string scenario, Func<ServerProcess, BrowserSession, Task> story)
    {
        await using var server = await ServerProcess.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync(scenario);
        try
        {
            await story(server, browser);
        }
        catch (Exception e)
        {
            await browser.ScreenshotEveryPageAsync("failure");
            throw new Xunit.Sdk.XunitException($"{e.Message}\n--- server output ---\n{server.Output}");
        }
    }
}
