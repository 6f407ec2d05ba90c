using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-4 read receipts in detail: who has and who has not read a message. The sender sees the counts
/// everywhere; the names are for teachers and administrators — in a large chat only for its admins and the
/// school's administrators (<see cref="LargeAudience"/>).
/// </summary>
public static class ListReaders
{
    public sealed record ReadersDto(long Seq, IReadOnlyList<string> Read, IReadOnlyList<string> NotRead);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/messages/{seq:long}/readers", Handle).WithName(nameof(ListReaders)).WithSummary("Who read a message");

    private static async Task<Results<Ok<ReadersDto>, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, long seq, PartaDbContext db, CancellationToken ct)
    {
        if (!OrgAccess.IsStaff(chat.Membership)) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.Forbidden);
        if (!await LargeAudience.MaySeeNamesAsync(db, chat, ct)) return Problems.Of(StatusCodes.Status403Forbidden, "large_chat", ChatTexts.LargeChatNames);
        // Staff who joined a chat that hides its history must not learn who read what they cannot see themselves.
        var message = await ChatAccess.VisibleMessageAsync(db, chat, seq, ct);
        if (message is null) return Problems.NotFound("message_not_found", ChatTexts.MessageNotFound);
        var members = await (from cm in db.ChatMembers
                             join a in db.Users on cm.AccountId equals a.Id
                             where cm.ChatId == chatId && cm.AccountId != message.SenderId
                             select new { a.FullName, cm.ReadSeq }).ToListAsync(ct);
        return TypedResults.Ok(new ReadersDto(seq,
            members.Where(m => m.ReadSeq >= seq).Select(m => m.FullName).Order(RussianText.Order).ToList(),
            members.Where(m => m.ReadSeq < seq).Select(m => m.FullName).Order(RussianText.Order).ToList()));
    }
}
