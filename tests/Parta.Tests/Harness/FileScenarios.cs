using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Parta.Tests.Harness;

/// <summary>Intents of the files story (FILE-1): tus requests as a tus client sends them, and whole uploads.</summary>
public static class FileScenarios
{
    public static string Uploads(this School school) => school.Org("/uploads");

    public static string FileUrl(this School school, Guid fileId) => school.Org($"/files/{fileId}");

    /// <summary>A tus request: the protocol version header, and the anti-forgery token the API wants from a page.</summary>
    public static HttpRequestMessage Tus(HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("Tus-Resumable", "1.0.0");
        return request;
    }

    public static string Metadata(string? fileName, string? fileType)
    {
        var pairs = new List<string>();
        if (fileName is not null) pairs.Add("filename " + Convert.ToBase64String(Encoding.UTF8.GetBytes(fileName)));
        if (fileType is not null) pairs.Add("filetype " + Convert.ToBase64String(Encoding.UTF8.GetBytes(fileType)));
        return string.Join(',', pairs);
    }

    public static ByteArrayContent Chunk(ReadOnlySpan<byte> data)
    {
        var content = new ByteArrayContent(data.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        return content;
    }

    /// <summary>POST: announces an upload; <paramref name="firstBytes"/> rides along (creation-with-upload).</summary>
    public static Task<HttpResponseMessage> CreateUploadAsync(this ApiClient client, School school, long length, string? fileName = "Контрольная работа.pdf",
        string? fileType = "application/pdf", byte[]? firstBytes = null)
    {
        var request = Tus(HttpMethod.Post, school.Uploads(), firstBytes is null ? null : Chunk(firstBytes));
        request.Headers.Add("Upload-Length", length.ToString());
        request.Headers.Add("Upload-Metadata", Metadata(fileName, fileType));
        return client.SendAsync(request);
    }

    /// <summary>Creates an upload and returns its address (the Location).</summary>
    public static async Task<string> StartUploadAsync(this ApiClient client, School school, long length, string? fileName = "Контрольная работа.pdf", string? fileType = "application/pdf")
    {
        var response = await client.CreateUploadAsync(school, length, fileName, fileType);
        await ApiClient.ReadAsync(response, HttpStatusCode.Created);
        return response.Headers.Location!.OriginalString;
    }

    public static Task<HttpResponseMessage> PatchAsync(this ApiClient client, string upload, long offset, HttpContent content, string? checksum = null)
    {
        var request = Tus(HttpMethod.Patch, upload, content);
        request.Headers.Add("Upload-Offset", offset.ToString());
        if (checksum is not null) request.Headers.Add("Upload-Checksum", checksum);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PatchAsync(this ApiClient client, string upload, long offset, ReadOnlySpan<byte> data, string? checksum = null) =>
        client.PatchAsync(upload, offset, Chunk(data), checksum);

    public static Task<HttpResponseMessage> HeadAsync(this ApiClient client, string upload) => client.SendAsync(Tus(HttpMethod.Head, upload), withCsrf: false);

    /// <summary>The server's offset for an upload (HEAD), asserting 200.</summary>
    public static async Task<long> OffsetAsync(this ApiClient client, string upload)
    {
        var response = await client.HeadAsync(upload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return long.Parse(response.Headers.GetValues("Upload-Offset").Single());
    }

    /// <summary>A whole upload in one PATCH; returns the stored file's id (the upload's).</summary>
    public static async Task<Guid> UploadAsync(this ApiClient client, School school, byte[] data, string fileName, string? fileType)
    {
        var upload = await client.StartUploadAsync(school, data.Length, fileName, fileType);
        await ApiClient.ReadAsync(await client.PatchAsync(upload, 0, data), HttpStatusCode.NoContent);
        return IdOf(upload);
    }

    public static Guid IdOf(string upload) => Guid.Parse(upload[(upload.LastIndexOf('/') + 1)..]);

    public static byte[] RandomBytes(int length, ReadOnlySpan<byte> head = default)
    {
        var data = RandomNumberGenerator.GetBytes(length);
        head.CopyTo(data);
        return data;
    }

    public static readonly byte[] PdfHead = "%PDF-1.7\n"u8.ToArray();
    public static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
}
