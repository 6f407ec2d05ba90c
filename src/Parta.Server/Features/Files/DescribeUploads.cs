using System.Globalization;
using Microsoft.Extensions.Options;
using Parta.Data;

namespace Parta.Server.Features.Files;

/// <summary>tus discovery (OPTIONS): the version, extensions, largest file and checksum algorithms this server takes.</summary>
public static class DescribeUploads
{
    public static void Map(RouteGroupBuilder uploads) =>
        uploads.MapMethods("", [HttpMethods.Options], Handle).WithName(nameof(DescribeUploads))
            .WithSummary("Describe the tus upload server (versions, extensions, limits)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> Handle(Guid organizationId, HttpContext context, PartaDbContext db, IOptions<FilesOptions> options, CancellationToken ct)
    {
        var (membership, problem) = await StoredFileAccess.RequireUploaderAsync(db, organizationId, context.User, ct);
        if (membership is null) return problem!;
        var headers = context.Response.Headers;
        headers["Tus-Version"] = TusProtocol.Version;
        headers["Tus-Extension"] = TusProtocol.Extensions;
        headers["Tus-Max-Size"] = options.Value.MaxFileBytes.ToString(CultureInfo.InvariantCulture);
        headers["Tus-Checksum-Algorithm"] = UploadChecksum.Algorithms;
        return TypedResults.NoContent();
    }
}
