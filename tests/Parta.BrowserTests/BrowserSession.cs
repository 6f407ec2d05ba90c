using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>Debian's headless Chromium driven by Playwright (never a downloaded browser), with screenshots kept as artifacts.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private int _shot;
    private readonly List<string> _violations = [];
    private readonly HashSet<string> _seen = [];

    public IBrowser Browser { get; }
    public string ArtifactsPath { get; }

    private BrowserSession(IPlaywright playwright, IBrowser browser, string artifacts)
    {
        _playwright = playwright;
        Browser = browser;
        ArtifactsPath = artifacts;
    }

    public static async Task<BrowserSession> LaunchAsync(string scenario)
    {
        var executable = TestEnvironment.Chromium;
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Chromium not found at {executable}: ./test.sh installs Debian's chromium package.");
        var artifacts = Path.Combine(TestEnvironment.Artifacts, scenario);
        Directory.CreateDirectory(artifacts);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
        });
        return new BrowserSession(playwright, browser, artifacts);
    }

    /// <summary>A separate person: own cookies, a phone-sized or desktop window, Russian locale.</summary>
    public async Task<IPage> NewPersonAsync(string baseUrl, bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "ru-RU",
            ViewportSize = phone ? new ViewportSize { Width = Accessibility.Phone.Width, Height = Accessibility.Phone.Height } : new ViewportSize { Width = Accessibility.Desktop.Width, Height = Accessibility.Desktop.Height },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(15000);
        return await context.NewPageAsync();
    }

    /// <summary>Keeps what the page shows now, and checks it for WCAG 2.1 A/AA violations at desktop and phone size.</summary>
    public async Task ScreenshotAsync(IPage page, string name)
    {
        await KeepAsync(page, name);
        foreach (var problem in await Accessibility.CheckBothSizesAsync(page, name))
        {
            // The same element breaking the same rule is told once, where it was first seen.
            var key = problem[..problem.LastIndexOf(" [", StringComparison.Ordinal)];
            if (_seen.Add(key)) _violations.Add(problem);
        }
    }

    /// <summary>WCAG 2.1 A/AA violations met on the pages photographed so far, each rule and element once.</summary>
    public IReadOnlyList<string> AccessibilityViolations => _violations;

    private async Task KeepAsync(IPage page, string name)
    {
        _shot++;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsPath, $"{_shot:00}-{name}.png"), FullPage = true });
    }

    /// <summary>On failure: what every person's page showed at that moment.</summary>
    public async Task ScreenshotEveryPageAsync(string name)
    {
        foreach (var page in Browser.Contexts.SelectMany(c => c.Pages))
        {
            try { await KeepAsync(page, name); }
            catch (PlaywrightException) { }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
