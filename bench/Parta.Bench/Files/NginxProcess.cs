using System.Diagnostics;

namespace Parta.Bench.Files;

/// <summary>
/// nginx (Debian's, <c>apt-get install -y nginx-light</c>) with a private configuration on a free loopback port,
/// serving one folder with sendfile: what a static file server does at best on this box, the yardstick of
/// issue 13 for Parta's downloads.
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    private readonly string _prefix = Directory.CreateTempSubdirectory("parta-bench-nginx-").FullName;
    private readonly Process _process;

    public string BaseUrl { get; }

    /// <summary>Where Debian puts nginx; null when it is not installed.</summary>
    public static string? Executable { get; } = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    private NginxProcess(string root)
    {
        var port = Loopback.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var config = Path.Combine(_prefix, "nginx.conf");
        // Under root the workers would become nobody, who cannot read the bench's private temporary folders.
        File.WriteAllText(config, $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes auto;
            pid {{_prefix}}/nginx.pid;
            error_log {{_prefix}}/error.log warn;
            events { worker_connections 64; }
            http {
                access_log off;
                sendfile on;
                tcp_nopush on;
                client_body_temp_path {{_prefix}}/body;
                proxy_temp_path {{_prefix}}/proxy;
                fastcgi_temp_path {{_prefix}}/fastcgi;
                uwsgi_temp_path {{_prefix}}/uwsgi;
                scgi_temp_path {{_prefix}}/scgi;
                default_type application/octet-stream;
                server {
                    listen 127.0.0.1:{{port}};
                    root {{root}};
                }
            }
            """);
        var start = new ProcessStartInfo(Executable!, ["-p", _prefix, "-e", Path.Combine(_prefix, "error.log"), "-c", config, "-g", "daemon off;"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start nginx.");
    }

    /// <summary>nginx serving <paramref name="root"/>; returns once it answers.</summary>
    public static async Task<NginxProcess> StartAsync(string root)
    {
        var nginx = new NginxProcess(root);
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            if (nginx._process.HasExited)
                throw new InvalidOperationException($"nginx exited with {nginx._process.ExitCode}: {await nginx._process.StandardError.ReadToEndAsync()}");
            try
            {
                await http.GetAsync(nginx.BaseUrl + "/");
                return nginx;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        await nginx.DisposeAsync();
        throw new TimeoutException("nginx did not answer within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_prefix, recursive: true); } catch (IOException) { }
    }
}
