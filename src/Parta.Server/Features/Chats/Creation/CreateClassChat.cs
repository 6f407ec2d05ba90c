using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Features.Structure;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1: a class chat for its students, its parents, or both, opened by the class teacher or an
/// administrator; from then on it follows the class (<see cref="ChatRoster"/>). One per class and audience.
/// </summary>
public static class CreateClassChat
{
    public sealed record CreateClassChatRequest(Guid ClassId, ClassChatAudience Audience);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/chats/class", Handle).ForStaff().WithName(nameof(CreateClassChat)).WithSummary("Create a class chat");

    private static async Task<Results<Created<ChatSummaryDto>, Ok<ChatSummaryDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember me, CreateClassChatRequest request, PartaDbContext db, ChatCreation creation, TimeProvider clock, CancellationToken ct)
    {
        var schoolClass = await db.Classes.FirstOrDefaultAsync(c => c.Id == request.ClassId && c.OrganizationId == organizationId, ct);
        if (schoolClass is null) return Problems.NotFound("class_not_found", Texts.ClassNotFound);
        if (!await ClassAccess.CanManageAsync(db, me.Membership, schoolClass.Id, ct)) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.Forbidden);
        if (!Enum.IsDefined(request.Audience)) return Problems.Field("audience", Texts.Required);

        var now = clock.GetUtcNow().UtcDateTime;
        var chat = Build(schoolClass, request.Audience, me.AccountId, now);
        return await creation.OpenAsync(me.Membership, chat, [NewChat.Member(chat, me.AccountId, true, now)], ct);
    }

    /// <summary>The class chat for an audience, titled and keyed the same wherever it is opened from (here, or the rollout plan).</summary>
    public static Chat Build(SchoolClass schoolClass, ClassChatAudience audience, Guid creatorId, DateTime now)
    {
        var suffix = audience switch
        {
            ClassChatAudience.Students => ChatTexts.StudentsSuffix,
            ClassChatAudience.Parents => ChatTexts.ParentsSuffix,
            _ => ChatTexts.EveryoneSuffix,
        };
        return new Chat
        {
            Id = Guid.CreateVersion7(), OrganizationId = schoolClass.OrganizationId, Kind = ChatKind.Class, Title = $"{schoolClass.Name} — {suffix}",
            ClassId = schoolClass.Id, Audience = audience, UniqueKey = $"class:{schoolClass.Id:N}:{audience}",
            CreatedAt = now, CreatedById = creatorId,
        };
    }
}
