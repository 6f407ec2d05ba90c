using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Parta.Bench.Messaging;
using Parta.Data.Entities;

namespace Parta.Bench.Files;

/// <summary>
/// upload: issue 13's one large file. A school administrator's browser sends one file through tus on loopback
/// (one PATCH) to the server in its own process and downloads it back, while the server's resident memory is
/// sampled; then the same stored file is downloaded from nginx with sendfile, side by side, in rounds.
/// Targets: the server's memory flat (under 50 MB of growth whatever the size), Parta's download ≥ 80 % of nginx's.
/// </summary>
public static class UploadBenchmark
{
    private const long GrowthTargetKiB = 50 * 1024;
    private const double NginxShareTarget = 0.8;

    public static async Task RunAsync(int megabytes, int rounds, string postgres)
    {
        var length = megabytes * 1024L * 1024;
        await using var installation = new BenchInstallation("upload", postgres);
        Guid organizationId;
        SeededPerson administrator;
        await using (var seed = new Seed(installation.Server.Arguments()))
        {
            await seed.OrganizationAsync();
            organizationId = seed.OrganizationId;
            var person = (await seed.PeopleAsync(1, OrganizationRole.Administrator))[0];
            administrator = (await seed.SessionsAsync([person]))[person];
        }
        await using var server = await ServerProcess.StartAsync(installation.Server);
        using var browser = await BrowserAsync(server, administrator);
        Console.WriteLine($"upload: {megabytes} MiB through tus on loopback, {installation.DatabaseName}, load average {LoadAverage()}");

        using var memory = new MemorySampler(server);
        var before = server.Memory().Rss;
        var upload = await CreateUploadAsync(browser, organizationId, length);
        var watch = Stopwatch.StartNew();
        using (var patch = new HttpRequestMessage(HttpMethod.Patch, upload) { Content = new GeneratedContent(length) })
        {
            patch.Headers.Add("Tus-Resumable", "1.0.0");
            patch.Headers.Add("Upload-Offset", "0");
            await ExpectAsync(await browser.SendAsync(patch), HttpStatusCode.NoContent);
        }
        var uploadSeconds = watch.Elapsed.TotalSeconds;
        var uploadPeak = memory.PeakKiB;
        Console.WriteLine($"  upload (incl. SHA-256 and type check): {megabytes / uploadSeconds:0} MiB/s ({uploadSeconds:0.0} s); " +
            $"server RSS {before / 1024.0:0} MiB before, peak {uploadPeak / 1024.0:0} MiB (+{(uploadPeak - before) / 1024.0:0} MiB)");

        var file = $"{server.BaseUrl}/api/organizations/{organizationId}/files/{upload[(upload.LastIndexOf('/') + 1)..]}";
        var stored = StoredFile(installation.DataPath, length);
        await using var nginx = NginxProcess.Executable is null ? null : await NginxProcess.StartAsync(Path.GetDirectoryName(stored)!);
        if (nginx is null) Console.WriteLine("  nginx is not installed (apt-get install -y nginx-light): Parta's download alone.");
        var fromNginx = nginx is null ? null : $"{nginx.BaseUrl}/{Path.GetFileName(stored)}";
        double bestParta = 0, bestNginx = 0;
        memory.Reset();
        for (var round = 1; round <= rounds; round++)
        {
            var parta = await DownloadAsync(browser, file, length);
            bestParta = Math.Max(bestParta, megabytes / parta);
            var line = $"  download round {round}: Parta {megabytes / parta:0} MiB/s ({parta:0.00} s)";
            if (fromNginx is not null)
            {
                using var anonymous = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
                var seconds = await DownloadAsync(anonymous, fromNginx, length);
                bestNginx = Math.Max(bestNginx, megabytes / seconds);
                line += $", nginx {megabytes / seconds:0} MiB/s ({seconds:0.00} s)";
            }
            Console.WriteLine(line);
        }
        var downloadPeak = memory.PeakKiB;
        Console.WriteLine($"  server RSS peak while downloading {downloadPeak / 1024.0:0} MiB (+{(downloadPeak - before) / 1024.0:0} MiB over the start)");

        var growth = Math.Max(uploadPeak, downloadPeak) - before;
        Console.WriteLine();
        Console.WriteLine($"upload {megabytes} MiB: {megabytes / uploadSeconds:0} MiB/s up, best {bestParta:0} MiB/s down; server RSS +{growth / 1024.0:0} MiB " +
            $"({(growth < GrowthTargetKiB ? "within" : "OVER")} the 50 MB target)");
        if (bestNginx > 0)
            Console.WriteLine($"download beside nginx (sendfile): best {bestParta:0} against {bestNginx:0} MiB/s = {bestParta / bestNginx:0%} " +
                $"({(bestParta >= NginxShareTarget * bestNginx ? "meets" : "BELOW")} the 80 % target); load average {LoadAverage()}");
    }

    /// <summary>The administrator's browser: the seeded session cookie, the anti-forgery token a page would read, no time limit on a request.</summary>
    private static async Task<HttpClient> BrowserAsync(ServerProcess server, SeededPerson person)
    {
        var cookies = new CookieContainer();
        cookies.SetCookies(server.BaseAddress, person.Cookie);
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var session = JsonNode.Parse(await http.GetStringAsync("/api/session"))!;
        http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session["csrfToken"]!.GetValue<string>());
        return http;
    }

    /// <summary>tus creation: announces a video of <paramref name="length"/> bytes; returns where its bytes go.</summary>
    private static async Task<string> CreateUploadAsync(HttpClient browser, Guid organizationId, long length)
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, $"/api/organizations/{organizationId}/uploads");
        create.Headers.Add("Tus-Resumable", "1.0.0");
        create.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", $"filename {Base64("lesson.mp4")},filetype {Base64("video/mp4")}");
        var response = await browser.SendAsync(create);
        await ExpectAsync(response, HttpStatusCode.Created);
        return response.Headers.Location!.OriginalString;
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Reads the whole body into one reused buffer, as a client saving it would; returns the seconds it took.</summary>
    private static async Task<double> DownloadAsync(HttpClient http, string url, long length)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        await ExpectAsync(response, HttpStatusCode.OK);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1024 * 1024];
        long received = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0) received += read;
        if (received != length) throw new InvalidOperationException($"{url} gave {received} bytes of {length}.");
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The stored file on the local disk store (the only file of that length in the data folder).</summary>
    private static string StoredFile(string dataPath, long length) =>
        Directory.EnumerateFiles(dataPath, "*", SearchOption.AllDirectories).Single(f => new FileInfo(f).Length == length);

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
