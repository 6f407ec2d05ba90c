using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;
using QRCoder;

namespace Parta.Server.Features.People;

/// <summary>
/// The link as a QR code (SVG), for the sheet a class teacher prints for a parents' meeting: parents
/// point a phone camera instead of typing a long address. QRCoder draws it; nothing leaves the server.
/// </summary>
public static class GetJoinLinkQrCode
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/join-links/{linkId:guid}/qr.svg", Handle).ForStaff().WithName(nameof(GetJoinLinkQrCode)).WithSummary("A join link's QR code (SVG)");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, Guid linkId, HttpContext context, PartaDbContext db, IOptions<PartaOptions> options, CancellationToken ct)
    {
        var link = await db.JoinLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId && l.OrganizationId == organizationId, ct);
        if (link is null) return Problems.NotFound("join_link_not_found", Texts.JoinLinkNotFound);
        if (!await JoinLinkLookup.CanManageAsync(db, caller.Membership, link, ct)) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.Forbidden);

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(options.Value.Link($"/join/{link.Token}"), QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Content(svg, "image/svg+xml");
    }
}
