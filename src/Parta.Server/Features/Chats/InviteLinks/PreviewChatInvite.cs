using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-2: a signed-in person who opened a chat invitation link sees what they would join, or why they cannot.</summary>
public static class PreviewChatInvite
{
    public static void Map(RouteGroupBuilder chatInvites) =>
        chatInvites.MapGet("/{token}", Handle).WithName(nameof(PreviewChatInvite)).WithSummary("Preview a chat invitation link");

    private static async Task<Results<Ok<ChatInvitePreviewDto>, ProblemHttpResult>> Handle(
        string token, HttpContext context, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = CurrentUser.RequiredId(context.User);
        var (link, _, problem) = await ChatInviteLinks.AdmitAsync(db, token, me, clock.GetUtcNow().UtcDateTime, ct);
        if (link is null) return problem!;
        var chat = await db.Chats.AsNoTracking().FirstAsync(c => c.Id == link.ChatId, ct);
        var organization = await db.Organizations.Where(o => o.Id == link.OrganizationId).Select(o => o.ShortName).FirstAsync(ct);
        var members = await db.ChatMembers.CountAsync(m => m.ChatId == chat.Id, ct);
        var alreadyMember = await db.ChatMembers.AnyAsync(m => m.ChatId == chat.Id && m.AccountId == me, ct);
        return TypedResults.Ok(new ChatInvitePreviewDto(link.OrganizationId, organization, chat.Id, chat.Title, members, alreadyMember));
    }
}
