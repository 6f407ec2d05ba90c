using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Files;

/// <summary>
/// What a stored file is, for those who may download it: name, size, type, and where it is in the virus scan (FILE-4) —
/// <c>off</c> when no scanner was configured, <c>pending</c> («проверяется»), <c>clean</c>, or <c>infected</c> («заблокирован»).
/// </summary>
public static class DescribeFile
{
    public sealed record FileDetailsDto(Guid Id, string FileName, long Size, string ContentType, DateTime CreatedAt, FileScanState Scan, string? Threat);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/files/{fileId:guid}/details", Handle).WithName(nameof(DescribeFile))
            .WithSummary("A stored file's name, size, type and virus-scan state");

    private static async Task<Results<Ok<FileDetailsDto>, ProblemHttpResult>> Handle(Guid organizationId, Guid fileId, HttpContext context, PartaDbContext db, CancellationToken ct)
    {
        var (file, problem) = await StoredFileAccess.FindDownloadableAsync(db, organizationId, fileId, context.User, ct);
        if (file is null) return problem!;
        return TypedResults.Ok(new FileDetailsDto(file.Id, file.FileName, file.Size, file.ContentType, file.CreatedAt, file.ScanState, file.Threat));
    }
}
