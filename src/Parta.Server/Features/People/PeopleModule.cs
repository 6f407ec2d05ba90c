using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.People;

/// <summary>
/// Who is in a school and how they got there: join links (ID-3), young students and their parents' consent,
/// family links (ID-4), staff, administrators' invitations, deactivation (ID-8) and teachers' verification (ID-2).
/// </summary>
public static class PeopleModule
{
    public static void MapPeople(this RouteGroupBuilder api)
    {
        // Joining: the caller is not a member yet, so these live outside the organization's routes.
        var people = api.MapGroup("").WithTags("People");
        GetJoinLink.Map(people);
        SendJoinCode.Map(people);
        JoinOrganization.Map(people);
        RegisterYoungStudent.Map(people);
        ParentConsent.Map(people);

        var organization = people.MapOrganizationScope();
        InviteAdministrator.Map(organization);
        CreateJoinLink.Map(organization);
        ListJoinLinks.Map(organization);
        RevokeJoinLink.Map(organization);
        GetJoinLinkQrCode.Map(organization);
        GetMyFamily.Map(organization);
        RequestGuardianship.Map(organization);
        ConfirmGuardianship.Map(organization);
        ListStaff.Map(organization);
        ListPeople.Map(organization);
        DeactivateMember.Map(organization);
        ListInvitations.Map(organization);
        ResendInvitation.Map(organization);
        RevokeInvitation.Map(organization);
        VerifyTeacher.Map(organization);
        RevokeTeacherVerification.Map(organization);
    }
}
