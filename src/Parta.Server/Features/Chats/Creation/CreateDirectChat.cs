using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1: a 1:1 chat with a member of the organization; one per pair (opening it again returns it).
/// A student is reached only by those <see cref="ChildSafety"/> allows, whoever starts the chat; between a staff
/// member and a student the school may want a companion in it (<see cref="SupervisedChats"/>).
/// </summary>
public static class CreateDirectChat
{
    public sealed record CreateDirectChatRequest(Guid AccountId);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/chats/direct", Handle).ForMembers(m => m.Role != OrganizationRole.Teacher || OrgAccess.IsStaff(m)).WithName(nameof(CreateDirectChat)).WithSummary("Open a direct chat");

    private static async Task<Results<Created<ChatSummaryDto>, Ok<ChatSummaryDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember me, CreateDirectChatRequest request, PartaDbContext db, ChatCreation creation, TimeProvider clock, CancellationToken ct)
    {
        // Staff not confirmed yet (ID-2) write to nobody until an administrator vouches for them, nor parents until a child confirms them (ID-4).
        if (await People.ParentLinks.RefusalAsync(db, me.Membership, ct) is { } waiting) return waiting;
        var peer = request.AccountId;
        if (peer == me.AccountId) return Problems.Field("accountId", ChatTexts.NotYourself);
        if (await OrgAccess.FindMembershipAsync(db, organizationId, peer, ct) is null)
            return Problems.NotFound("person_not_found", ChatTexts.PersonNotFound);
        if ((await ChildSafety.IsStudentAsync(db, organizationId, peer, ct) && !await ChildSafety.MayTalkAsync(db, organizationId, peer, me.AccountId, ct))
            || (await ChildSafety.IsStudentAsync(db, organizationId, me.AccountId, ct) && !await ChildSafety.MayTalkAsync(db, organizationId, me.AccountId, peer, ct)))
            return Problems.Of(StatusCodes.Status403Forbidden, "student_unreachable", ChatTexts.StudentUnreachable);

        var now = clock.GetUtcNow().UtcDateTime;
        if (await SupervisedChats.RuleForAsync(db, organizationId, me.AccountId, peer, ct) is { } pair)
        {
            var companions = await SupervisedChats.CompanionsAsync(db, organizationId, pair, ct);
            if (companions.Count == 0) return Problems.Conflict("no_companion", ChatTexts.NoCompanion);
            var supervised = await SupervisedChats.NewChatAsync(db, organizationId, pair, me.AccountId, now, ct);
            return await creation.OpenAsync(me.Membership, supervised, [.. companions.Prepend(pair.Student).Prepend(pair.Staff).Distinct().Select(id => NewChat.Member(supervised, id, false, now))], ct);
        }
        var (low, high) = me.AccountId.CompareTo(peer) < 0 ? (me.AccountId, peer) : (peer, me.AccountId);
        var chat = new Chat
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, Kind = ChatKind.Direct, Title = "", UniqueKey = $"direct:{low:N}:{high:N}",
            CreatedAt = now, CreatedById = me.AccountId,
        };
        return await creation.OpenAsync(me.Membership, chat, [NewChat.Member(chat, me.AccountId, false, now), NewChat.Member(chat, peer, false, now)], ct);
    }
}
