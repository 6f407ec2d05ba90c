using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-2: the chat's admins (or every member, if the chat allows it) add people of the organization to a
/// group chat. Outsiders never get in; students only when the adder may reach them (<see cref="ChildSafety"/>).
/// </summary>
public static class AddChatMembers
{
    public sealed record AddChatMembersRequest(IReadOnlyList<Guid>? AccountIds);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/members", Handle).WithName(nameof(AddChatMembers)).WithSummary("Add members to a chat");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, AddChatMembersRequest request, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        if (chat.Chat.Kind != ChatKind.Group) return Problems.Conflict("roster_chat", ChatTexts.RosterChat);
        if (chat.Chat.WhoMayInvite == ChatPermission.Admins && !chat.CanModerate)
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotChatAdmin);

        var errors = new FieldErrors();
        var ids = Input.Items(errors, "accountIds", request.AccountIds, CreateGroupChat.MaxMembersAtOnce, ChatTexts.TooManyMembers);
        if (ids is null) return Problems.Validation(errors);
        if (ids.Count == 0) return Problems.Field("accountIds", ChatTexts.MembersRequired);
        if ((await ChatMembership.OutsidersAsync(db, organizationId, ids, ct)).Count > 0) return Problems.Field("accountIds", ChatTexts.PersonNotFound);
        if ((await ChatMembership.UnreachableStudentsAsync(db, organizationId, chat.Member.AccountId, ids, ct)).Count > 0)
            return Problems.Field("accountIds", ChatTexts.StudentUnreachable);

        var present = await db.ChatMembers.Where(m => m.ChatId == chatId && ids.Contains(m.AccountId)).Select(m => m.AccountId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = ids.Except(present).ToList();
        // A chat of one staff member grown by one student would be the private conversation the school's rule forbids.
        var before = await db.ChatMembers.Where(m => m.ChatId == chatId).Select(m => m.AccountId).Take(2).ToListAsync(ct);
        if (before.Count == 1 && await SupervisedChats.WouldBePrivateAsync(db, organizationId, [.. before, .. added], ct))
            return Problems.Conflict("supervised_chat_required", ChatTexts.SupervisedOnly);
        foreach (var id in added) db.ChatMembers.Add(ChatMembership.Newcomer(chat.Chat, id, now));
        await db.SaveChangesAsync(ct);
        await events.PeopleChangedAsync(added);
        return TypedResults.NoContent();
    }
}
