using System.Net;

namespace Parta.Tests.Harness;

/// <summary>
/// The file tests run twice in ./test.sh: on local disk, and against a real S3-compatible server (s3rver on loopback)
/// named by the server's own settings in the environment (PARTA_FILES__S3__BUCKET, PARTA_FILES__S3__SERVICEURL, …).
/// </summary>
public static class ObjectStorage
{
    public static bool InUse => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PARTA_FILES__S3__BUCKET"));

    private static string StorageAuthority => new Uri(Environment.GetEnvironmentVariable("PARTA_FILES__S3__SERVICEURL")!).Authority;

    /// <summary>
    /// Served so that no browser takes the bytes for something else: from Parta with nosniff; from object storage through
    /// a signed link at the storage's own origin, never Parta's (a page in the bytes runs there without Parta's cookies).
    /// </summary>
    public static void AssertServedSafely(HttpResponseMessage download)
    {
        if (!InUse)
        {
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            return;
        }
        var from = download.RequestMessage!.RequestUri!;
        Assert.Equal(StorageAuthority, from.Authority);
        Assert.Contains("X-Amz-Signature=", from.Query);
    }

    /// <summary>
    /// What a browser does with a download answered by a redirect to the storage's signed link: it follows it, with the
    /// same Range and If-None-Match. The in-memory test client stops at any redirect, so this handler follows those that
    /// lead to the storage (without Parta's cookies, as a browser sends none to another origin) — and only those: the
    /// sign-in tests read the redirect to an identity provider themselves.
    /// </summary>
    public sealed class FollowDownloadRedirects : DelegatingHandler
    {
        private static readonly HttpClient Storage = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!InUse || response.StatusCode != HttpStatusCode.Redirect
                || response.Headers.Location is not { IsAbsoluteUri: true } location || location.Authority != StorageAuthority)
                return response;
            var followed = new HttpRequestMessage(request.Method, location);
            foreach (var header in request.Headers.Where(h => h.Key is "Range" or "If-None-Match" or "If-Range"))
                followed.Headers.TryAddWithoutValidation(header.Key, header.Value);
            response.Dispose();
            return await Storage.SendAsync(followed, cancellationToken);
        }
    }
}
