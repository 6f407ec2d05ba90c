using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Chats;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Rollout;

/// <summary>A template chat of a stage (seeds/003 §7), with the chats the structure proposes for it, or what to do when it proposes none.</summary>
public sealed record RolloutTemplate(string Key, string Content, string? Hint, IReadOnlyList<ProposedChat> Chats);

/// <summary>
/// One chat the plan would open: built the way the chat's own use case builds it (so its unique key is the same
/// and a chat opened by hand counts as done), and, for a chat no roster keeps, the members it starts with.
/// </summary>
public sealed record ProposedChat(Chat Chat, IReadOnlyList<Guid> Members);

/// <summary>
/// RUN-1: which chats each stage calls for, computed from the structure. Staff groups become team chats and
/// classes become class chats, which then follow their rosters (<see cref="ChatRoster"/>); the chat of the
/// director with all staff has no group to follow, so it starts with every confirmed staff member.
/// Stage 2 is grades 8–11 (and groups without a grade: colleges and clubs have no grades), stage 3 grades 5–7,
/// stage 4 grades 1–4, where the students' chat waits for the school's decision (ORG-4 «PrimaryGradesOpen»).
/// </summary>
public sealed class RolloutProposal(PartaDbContext db)
{
    public const int Stages = 4;

    public async Task<IReadOnlyList<RolloutTemplate>> TemplatesAsync(Organization organization, int stage, Guid creatorId, DateTime now, CancellationToken ct)
    {
        if (stage == 1) return await LeadershipAsync(organization.Id, creatorId, now, ct);
        var (from, to) = stage switch { 2 => (8, 11), 3 => (5, 7), _ => (1, 4) };
        var classes = await db.Classes.Where(c => c.OrganizationId == organization.Id
                && ((c.Grade >= from && c.Grade <= to) || (stage == 2 && c.Grade == null)))
            .OrderBy(c => c.Grade).ThenBy(c => c.Name).ToListAsync(ct);
        ProposedChat[] ClassChats(ClassChatAudience audience) =>
            [.. classes.Select(c => new ProposedChat(CreateClassChat.Build(c, audience, creatorId, now), []))];
        var classHint = classes.Count == 0 ? RolloutTexts.NeedClasses : null;

        if (stage == 4)
            return
            [
                new("classParents", RolloutTexts.ClassParents, classHint, ClassChats(ClassChatAudience.Parents)),
                organization.PrimaryGradesOpen
                    ? new("classStudents", RolloutTexts.ClassStudents, classHint, ClassChats(ClassChatAudience.Students))
                    : new("classStudents", RolloutTexts.ClassStudents, RolloutTexts.PrimaryStudentsByDecision, []),
            ];
        List<RolloutTemplate> templates =
        [
            new("classStudents", RolloutTexts.ClassStudents, classHint, ClassChats(ClassChatAudience.Students)),
            new("classParents", RolloutTexts.ClassParents, classHint, ClassChats(ClassChatAudience.Parents)),
            new("subjectClass", RolloutTexts.SubjectClass, RolloutTexts.SubjectClassNotYet, []),
        ];
        // Clubs have no grade: their chats are proposed once, with the senior classes.
        if (stage == 2) templates.Add(await GroupTemplateAsync(organization.Id, GroupKind.Club, "miniGroups", RolloutTexts.MiniGroup, RolloutTexts.NeedClub, creatorId, now, ct));
        return templates;
    }

    private async Task<IReadOnlyList<RolloutTemplate>> LeadershipAsync(Guid organizationId, Guid creatorId, DateTime now, CancellationToken ct)
    {
        var staff = await db.Memberships.Where(OrgAccess.IsActive)
            .Where(m => m.OrganizationId == organizationId
                        && (m.Role == OrganizationRole.Administrator || (m.Role == OrganizationRole.Teacher && m.VerifiedAt != null)))
            .Select(m => m.AccountId).Distinct().ToListAsync(ct);
        var allStaff = new Chat
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, Kind = ChatKind.Group, Title = RolloutTexts.AllStaffTitle,
            Description = RolloutTexts.AllStaff, UniqueKey = "rollout:all-staff", CreatedAt = now, CreatedById = creatorId,
        };
        return
        [
            await GroupTemplateAsync(organizationId, GroupKind.Administration, "administration", RolloutTexts.Administration, RolloutTexts.NeedAdministrationGroup, creatorId, now, ct),
            await GroupTemplateAsync(organizationId, GroupKind.PrimaryTeachers, "primaryTeachers", RolloutTexts.DeputyWithTeachers, RolloutTexts.NeedPrimaryTeachersGroup, creatorId, now, ct),
            await GroupTemplateAsync(organizationId, GroupKind.SubjectTeachers, "subjectTeachers", RolloutTexts.DeputyWithTeachers, RolloutTexts.NeedSubjectTeachersGroup, creatorId, now, ct),
            await GroupTemplateAsync(organizationId, GroupKind.AdditionalEducationTeachers, "additionalTeachers", RolloutTexts.DeputyWithTeachers, RolloutTexts.NeedAdditionalTeachersGroup, creatorId, now, ct),
            await GroupTemplateAsync(organizationId, GroupKind.MethodAssociation, "methodAssociations", RolloutTexts.MethodAssociation, RolloutTexts.NeedMethodAssociation, creatorId, now, ct),
            new("allStaff", RolloutTexts.AllStaff, null, [new ProposedChat(allStaff, staff)]),
            await GroupTemplateAsync(organizationId, GroupKind.ParentsCommittee, "parentsCommittee", RolloutTexts.ParentsCommittee, RolloutTexts.NeedParentsCommittee, creatorId, now, ct),
        ];
    }

    private async Task<RolloutTemplate> GroupTemplateAsync(Guid organizationId, GroupKind kind, string key, string content, string hint, Guid creatorId, DateTime now, CancellationToken ct)
    {
        var groups = await db.Groups.Where(g => g.OrganizationId == organizationId && g.Kind == kind).OrderBy(g => g.Name).ToListAsync(ct);
        return new(key, content, groups.Count == 0 ? hint : null, [.. groups.Select(g => new ProposedChat(CreateTeamChat.Build(g, creatorId, now), []))]);
    }
}
