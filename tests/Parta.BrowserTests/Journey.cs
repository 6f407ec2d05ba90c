namespace Parta.BrowserTests;

/// <summary>
/// Runs a browser story against a fresh server; on failure the server's console is part of the message. A story
/// that passes still fails if a page it photographed breaks a WCAG 2.1 A/AA rule (see Accessibility).
/// </summary>
public static class Journey
{
    public static async Task RunAsync(string scenario, Func<ServerProcess, BrowserSession, Task> story)
    {
        // As a newcomer starts it: an empty SQLite database in a data folder of its own, the built web client
        // served from the sources, the first-operator link printed on its console.
        await using var server = await ServerProcess.StartAsync(new ServerOptions { Name = scenario, ContentRoot = ServerBuild.SourceDir });
        await using var browser = await BrowserSession.LaunchAsync(scenario);
        try
        {
            await story(server, browser);
            if (browser.AccessibilityViolations.Count > 0)
                throw new InvalidOperationException($"WCAG 2.1 A/AA violations found by axe-core ({browser.AccessibilityViolations.Count}):\n{string.Join("\n", browser.AccessibilityViolations)}");
        }
        catch (Exception e)
        {
            await browser.ScreenshotEveryPageAsync("failure");
            throw new Xunit.Sdk.XunitException($"{e.Message}\n--- server output ---\n{server.Output}");
        }
    }
}
