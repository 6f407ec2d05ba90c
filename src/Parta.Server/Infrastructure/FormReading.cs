using Microsoft.AspNetCore.Http.HttpResults;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Reads a multipart upload for handlers that read their form themselves (to report every field and to
/// type files by content): a wrong content type, an oversized body or a broken multipart body becomes a
/// clear 4xx instead of an exception.
/// </summary>
public static class FormReading
{
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return (null, Problems.Of(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type", Texts.FormExpected));
        try
        {
            return (await request.ReadFormAsync(ct), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.Of(StatusCodes.Status413PayloadTooLarge, "request_too_large", Texts.RequestTooLarge));
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, Problems.Of(StatusCodes.Status400BadRequest, "malformed_form", Texts.BadRequest, e.Message));
        }
    }
}
