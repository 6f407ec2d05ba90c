using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Parta.Tests.Harness;
using Xunit.Abstractions;

namespace Parta.Tests.Faults;

/// <summary>
/// FILE-1 with the real client: tus-js-client 4.3.1 in Node (tests/tus-client, installed by ./test.sh) uploads a
/// multi-megabyte file to a Parta server process through a slow relay, and the upload survives a cut connection and
/// a server killed with SIGKILL and started again; the file downloaded afterwards is the file sent, byte for byte.
/// </summary>
public sealed class TusClientTests(ITestOutputHelper output)
{
    private const int RelayBytesPerSecond = 6 * 1024 * 1024;

    [Fact]
    public async Task The_real_tus_client_resumes_after_the_connection_is_cut()
    {
        await using var run = await UploadRun.StartAsync(megabytes: 20, chunkBytes: 8 * 1024 * 1024);
        await run.Client.WaitForProgressAsync(6 * 1024 * 1024);
        run.Relay.CutAll();
        await run.Client.WaitForProgressAsync(14 * 1024 * 1024);
        run.Relay.CutAll();
        var upload = await run.Client.SucceededAsync(TimeSpan.FromMinutes(5));

        Assert.True(run.Client.Retries >= 2, $"The client did not retry after the cuts:\n{run.Client.Log}");
        await run.AssertDownloadedAsync(upload);
        output.WriteLine(run.Client.Log);
    }

    [Fact]
    public async Task The_real_tus_client_resumes_after_the_server_is_killed_mid_upload_and_restarted()
    {
        // One PATCH for the whole file: the kill lands inside a request, and the upload resumes from what reached the disk.
        await using var run = await UploadRun.StartAsync(megabytes: 24, chunkBytes: 64 * 1024 * 1024);
        await run.Client.WaitForProgressAsync(8 * 1024 * 1024);
        await run.Cluster.A.KillAsync();
        var down = Stopwatch.StartNew();
        await Task.Delay(500);
        await run.Cluster.A.RestartAsync();
        var upload = await run.Client.SucceededAsync(TimeSpan.FromMinutes(5));

        Assert.True(run.Client.Retries >= 1, $"The client did not retry after the kill:\n{run.Client.Log}");
        await run.AssertDownloadedAsync(upload);
        output.WriteLine($"server back in {down.Elapsed.TotalSeconds:0.0} s\n{run.Client.Log}");
    }

    /// <summary>A one-node server, a school, a slow relay to it and tus-js-client uploading random bytes through the relay as the school's administrator.</summary>
    private sealed record UploadRun(PartaCluster Cluster, School School, ThrottlingProxy Relay, byte[] Data, TusNodeClient Client) : IAsyncDisposable
    {
        public static async Task<UploadRun> StartAsync(int megabytes, int chunkBytes)
        {
            var cluster = await PartaCluster.StartAsync(redis: null, nodes: 1);
            var school = await cluster.RegisterSchoolAsync();
            var relay = new ThrottlingProxy(cluster.A.BaseAddress, RelayBytesPerSecond);
            var data = RandomNumberGenerator.GetBytes(megabytes * 1024 * 1024);
            return new UploadRun(cluster, school, relay, data, await TusNodeClient.StartAsync(relay.BaseAddress, school, cluster.A.BaseAddress, data, chunkBytes));
        }

        /// <summary>One upload resumed, not several started over: no upload is left unfinished, one file was stored, and it is the file sent.</summary>
        public async Task AssertDownloadedAsync(string upload)
        {
            await Cluster.WithDbAsync(async db =>
            {
                Assert.Equal(0, await db.FileUploads.CountAsync(u => u.OrganizationId == School.OrganizationId));
                Assert.Equal(1, await db.StoredFiles.CountAsync(f => f.OrganizationId == School.OrganizationId));
            });
            var id = FileScenarios.IdOf(new Uri(upload).AbsolutePath);
            var response = await School.AdminClient.GetAsync(School.FileUrl(id));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Data)), Convert.ToHexStringLower(await SHA256.HashDataAsync(body)));
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            await Relay.DisposeAsync();
            await Cluster.DisposeAsync();
        }
    }

    /// <summary>tests/tus-client/upload.mjs in a Node process, acting for a signed-in person with their cookies and anti-forgery token.</summary>
    private sealed class TusNodeClient : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly string _file;
        private readonly System.Text.StringBuilder _log = new();
        private readonly TaskCompletionSource<string> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _sent;
        private int _retries;

        private TusNodeClient(Process process, string file)
        {
            _process = process;
            _file = file;
        }

        public int Retries => Volatile.Read(ref _retries);

        public string Log { get { lock (_log) return _log.ToString(); } }

        public static async Task<TusNodeClient> StartAsync(Uri relay, School school, Uri server, byte[] data, int chunkBytes)
        {
            var folder = Path.Combine(Repository.Root, "tests", "tus-client");
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "tus-js-client")))
                throw new InvalidOperationException($"tus-js-client is not installed: run «npm ci» in {folder} (./test.sh does).");
            var file = Path.Combine(Directory.CreateTempSubdirectory("parta-tus-").FullName, "lesson-video.bin");
            await File.WriteAllBytesAsync(file, data);
            var start = new ProcessStartInfo("node", [Path.Combine(folder, "upload.mjs")])
            {
                WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            start.Environment["PARTA_TUS_ENDPOINT"] = new Uri(relay, school.Uploads()).ToString();
            start.Environment["PARTA_TUS_FILE"] = file;
            start.Environment["PARTA_TUS_COOKIE"] = school.AdminClient.Cookies.GetCookieHeader(server);
            start.Environment["PARTA_TUS_CSRF"] = await school.AdminClient.CsrfTokenAsync();
            start.Environment["PARTA_TUS_CHUNK_BYTES"] = chunkBytes.ToString();
            var client = new TusNodeClient(Process.Start(start)!, file);
            client._process.OutputDataReceived += (_, e) => client.Read(e.Data);
            client._process.ErrorDataReceived += (_, e) => client.Note("stderr: " + e.Data);
            client._process.Exited += (_, _) => client._outcome.TrySetException(new InvalidOperationException("node exited without success:\n" + client.Log));
            client._process.EnableRaisingEvents = true;
            client._process.BeginOutputReadLine();
            client._process.BeginErrorReadLine();
            return client;
        }

        private void Note(string? line)
        {
            if (line is null) return;
            lock (_log) _log.AppendLine(line);
        }

        private void Read(string? line)
        {
            if (string.IsNullOrWhiteSpace(line)) return;
            JsonNode? message;
            try
            {
                message = JsonNode.Parse(line);
            }
            catch (System.Text.Json.JsonException)
            {
                Note(line);
                return;
            }
            switch (message?["event"]?.GetValue<string>())
            {
                case "progress":
                    Volatile.Write(ref _sent, message["sent"]!.GetValue<long>());
                    return;
                case "retry":
                    Interlocked.Increment(ref _retries);
                    break;
                case "success":
                    _outcome.TrySetResult(message["url"]!.GetValue<string>());
                    break;
                case "error":
                    _outcome.TrySetException(new InvalidOperationException("tus-js-client failed: " + line + "\n" + Log));
                    break;
            }
            Note(line);
        }

        public async Task WaitForProgressAsync(long bytes)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (Volatile.Read(ref _sent) < bytes)
            {
                if (_outcome.Task.IsCompleted) throw new InvalidOperationException($"The upload ended before {bytes} bytes:\n{Log}");
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"No progress to {bytes} bytes:\n{Log}");
                await Task.Delay(20);
            }
            Note($"-- test acts at {Volatile.Read(ref _sent)} bytes sent");
        }

        public Task<string> SucceededAsync(TimeSpan limit) => _outcome.Task.WaitAsync(limit);

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
            Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
        }
    }
}
