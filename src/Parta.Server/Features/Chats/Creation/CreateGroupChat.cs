using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1: a free group chat («Олимпиада по физике», «Поездка в музей»), made by staff, who pick its members
/// among the organization's people; the creator is its admin.
/// </summary>
public static class CreateGroupChat
{
    public const int MaxMembersAtOnce = 500;

    public sealed record CreateGroupChatRequest(string? Title, string? Description, IReadOnlyList<Guid>? MemberIds);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/chats/group", Handle).ForStaff().WithName(nameof(CreateGroupChat)).WithSummary("Create a group chat");

    private static async Task<Results<Created<ChatSummaryDto>, Ok<ChatSummaryDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember me, CreateGroupChatRequest request, PartaDbContext db, ChatCreation creation, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var title = Input.Text(errors, "title", request.Title, Limits.ShortName);
        var description = Input.Text(errors, "description", request.Description, Limits.Reason, required: false);
        // The creator is in the chat anyway; a client listing them among the members is not refused for it.
        var ids = Input.Items(errors, "memberIds", request.MemberIds?.Where(id => id != me.AccountId).ToList(), MaxMembersAtOnce, ChatTexts.TooManyMembers);
        if (ids is null) { /* the list's error is already collected */ }
        else if (await ChatMembership.OutsidersAsync(db, organizationId, ids, ct) is { Count: > 0 }) errors.Add("memberIds", ChatTexts.PersonNotFound);
        else if (await ChatMembership.UnreachableStudentsAsync(db, organizationId, me.AccountId, ids, ct) is { Count: > 0 }) errors.Add("memberIds", ChatTexts.StudentUnreachable);
        if (errors.Any) return Problems.Validation(errors);
        if (await SupervisedChats.WouldBePrivateAsync(db, organizationId, [me.AccountId, .. ids!], ct))
            return Problems.Conflict("supervised_chat_required", ChatTexts.SupervisedOnly);

        var now = clock.GetUtcNow().UtcDateTime;
        var chat = new Chat
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, Kind = ChatKind.Group, Title = title!,
            Description = string.IsNullOrEmpty(description) ? null : description, CreatedAt = now, CreatedById = me.AccountId,
        };
        return await creation.OpenAsync(me.Membership, chat, [NewChat.Member(chat, me.AccountId, true, now), .. ids!.Select(id => NewChat.Member(chat, id, false, now))], ct);
    }
}
