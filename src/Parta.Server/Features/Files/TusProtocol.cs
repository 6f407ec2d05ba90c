using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// The parts of tus 1.0.0 (https://tus.io/protocols/resumable-upload) every upload request shares: headers,
/// the version check and the statuses the protocol names. tusdotnet is not served here, so Parta speaks it itself.
/// </summary>
public static class TusProtocol
{
    public const string Version = "1.0.0";
    public const string Extensions = "creation,creation-with-upload,termination,expiration,checksum";
    public const string ChunkContentType = "application/offset+octet-stream";
    /// <summary>tus's own status for a chunk whose Upload-Checksum does not match its bytes.</summary>
    public const int ChecksumMismatchStatus = 460;

    public const string Resumable = "Tus-Resumable";
    public const string UploadLength = "Upload-Length";
    public const string UploadOffset = "Upload-Offset";
    public const string UploadMetadata = "Upload-Metadata";
    public const string UploadExpires = "Upload-Expires";
    public const string UploadChecksum = "Upload-Checksum";

    /// <summary>Every tus answer names the protocol version; a request in another version gets 412 (OPTIONS asks, so it is exempt).</summary>
    public static RouteGroupBuilder RequireTusVersion(this RouteGroupBuilder uploads)
    {
        uploads.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            context.Response.Headers[Resumable] = Version;
            if (!HttpMethods.IsOptions(context.Request.Method) && context.Request.Headers[Resumable] != Version)
            {
                context.Response.Headers["Tus-Version"] = Version;
                return Problems.Of(StatusCodes.Status412PreconditionFailed, "tus_version_unsupported", FileTexts.TusVersion);
            }
            return await next(invocation);
        });
        return uploads;
    }

    /// <summary>A non-negative whole number from a header; null when absent or malformed.</summary>
    public static long? ReadLength(HttpRequest request, string header) =>
        long.TryParse(request.Headers[header].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static void WriteOffset(HttpResponse response, long offset) =>
        response.Headers[UploadOffset] = offset.ToString(CultureInfo.InvariantCulture);

    /// <summary>The expiration extension's header, in the HTTP date format (RFC 9110).</summary>
    public static void WriteExpires(HttpResponse response, DateTime expiresAt) =>
        response.Headers[UploadExpires] = expiresAt.ToString("R", CultureInfo.InvariantCulture);

    public static ProblemHttpResult UploadNotFound() => Problems.NotFound("upload_not_found", FileTexts.UploadNotFound);

    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.#} ГБ",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} МБ",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):0.#} КБ",
        _ => $"{bytes} Б",
    };
}
