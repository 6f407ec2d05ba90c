using System.Text.Json;
using Microsoft.Playwright;

namespace Parta.BrowserTests;

/// <summary>
/// SPEC §8 (WCAG 2.1 AA) checked by axe-core, the web client's own devDependency, on every page a journey
/// photographs, at the journey's window size and at the other one (desktop 1280×800, phone 390×844): any
/// violation of a WCAG 2.0/2.1 A or AA rule fails the journey (see Journey) with the rule, the elements and how to fix them.
/// </summary>
public static class Accessibility
{
    public static readonly (int Width, int Height) Desktop = (1280, 800);
    public static readonly (int Width, int Height) Phone = (390, 844);

    private static readonly Lazy<string> Engine = new(() =>
    {
        var path = Path.Combine(Repository.Root, "web", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
            throw new InvalidOperationException($"axe-core not found at {path}: ./test.sh installs the web client's packages (npm ci in web/).");
        return File.ReadAllText(path);
    });

    private const string Run = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
          });
          return JSON.stringify(result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`),
          })));
        }
        """;

    /// <summary>
    /// Checks the page as it is now, then at the other size, and puts the window back as it was. Returns each
    /// violation as one line per rule and element, so that a journey can report all it met at its end.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CheckBothSizesAsync(IPage page, string name)
    {
        var size = page.ViewportSize;
        var (width, height) = size is null ? Desktop : (size.Width, size.Height);
        var other = width <= Phone.Width ? Desktop : Phone;
        var problems = new List<string>();
        problems.AddRange(await ViolationsAsync(page, $"{name} at {width}×{height}"));
        await page.SetViewportSizeAsync(other.Width, other.Height);
        try
        {
            problems.AddRange(await ViolationsAsync(page, $"{name} at {other.Width}×{other.Height}"));
        }
        finally
        {
            await page.SetViewportSizeAsync(width, height);
        }
        return problems;
    }

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string where)
    {
        // Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not govern.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Engine.Value + "\n;undefined");
        // Layout settles after a resize before it is measured (contrast and target sizes depend on it).
        await page.EvaluateAsync("() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
        var json = await page.EvaluateAsync<string>(Run);
        using var document = JsonDocument.Parse(json);
        var path = new Uri(page.Url).AbsolutePath;
        return document.RootElement.EnumerateArray()
            .SelectMany(v => v.GetProperty("nodes").EnumerateArray().Select(n =>
                $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("help").GetString()}): {n.GetString()} [{where}, {path}]"))
            .ToList();
    }
}
