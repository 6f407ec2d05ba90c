using Parta.Server.Features.Security;
using Parta.Server.Features.Chats;
using Parta.Server.Features.QuietHours;
using Parta.Server.Features.Accounts;
using Parta.Server.Features.Operator;
using Parta.Server.Features.Organizations;
using Parta.Server.Features.Import;
using Parta.Server.Features.People;
using Parta.Server.Features.Reference;
using Parta.Server.Features.Structure;
using Parta.Server.Infrastructure;

namespace Parta.Server;

/// <summary>Every use case's route, grouped by who may call it.</summary>
public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        ListRegions.Map(api);
        ListTimeZones.Map(api);

        GetSession.Map(api);
        SignIn.Map(api);
        SignOut.Map(api);
        CompleteTwoFactorSignIn.Map(api);
        ExternalSignIn.Map(api);
        CheckSetupToken.Map(api);
        CreateFirstOperator.Map(api);
        GetInvitation.Map(api);
        SendInvitationCode.Map(api);
        AcceptInvitation.Map(api);

        SubmitApplication.Map(api);
        TrackApplication.Map(api);
        GetOrganization.Map(api);
        GetPublicOrganization.Map(api);
        GetJoinLink.Map(api);
        SendJoinCode.Map(api);
        JoinOrganization.Map(api);
        RegisterYoungStudent.Map(api);
        ParentConsent.Map(api);

        // MSG-2: a chat invitation link names no organization in its address; the handlers find it from the link.
        var chatInvites = api.MapGroup("/chat-invites").RequireAuthorization();
        PreviewChatInvite.Map(chatInvites);
        JoinChatByInvite.Map(chatInvites);

        var account = api.MapGroup("/account").RequireAuthorization();
        ListSessions.Map(account);
        EndSession.Map(account);
        EndOtherSessions.Map(account);
        ChangePassword.Map(account);
        SendPhoneChangeCodes.Map(account);
        ChangePhone.Map(account);
        TwoFactorSetup.Map(account);
        ExportMyData.Map(account);
        RequestAccountDeletion.Map(account);

        // Everything inside one organization; each handler checks the caller's membership and role (OrgAccess).
        var organization = api.MapGroup("/organizations/{organizationId:guid}").RequireAuthorization();
        GetProfile.Map(organization);
        UpdateProfile.Map(organization);
        CompleteStructure.Map(organization);
        GetSetupProgress.Map(organization);
        InviteAdministrator.Map(organization);
        ListClasses.Map(organization);
        CreateClass.Map(organization);
        DeleteClass.Map(organization);
        ListClassMembers.Map(organization);
        ListSubjects.Map(organization);
        ListGroups.Map(organization);
        CreateGroup.Map(organization);
        DeleteGroup.Map(organization);
        ChangeGroupMembers.Map(organization);
        CreateSubject.Map(organization);
        DeleteSubject.Map(organization);
        CreateJoinLink.Map(organization);
        ListJoinLinks.Map(organization);
        RevokeJoinLink.Map(organization);
        PreviewImport.Map(organization);
        ApplyImport.Map(organization);
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

        ListChats.Map(organization);
        CreateDirectChat.Map(organization);
        CreateGroupChat.Map(organization);
        CreateClassChat.Map(organization);
        CreateTeamChat.Map(organization);
        UpdateChatSettings.Map(organization);
        ListChatMembers.Map(organization);
        AddChatMembers.Map(organization);
        RemoveChatMember.Map(organization);
        CreateChatInviteLink.Map(organization);
        ListChatInviteLinks.Map(organization);
        RevokeChatInviteLink.Map(organization);
        UpdateChatAvatar.Map(organization);
        RemoveChatAvatar.Map(organization);
        GetChatAvatar.Map(organization);
        ListMessages.Map(organization);
        SendMessage.Map(organization);
        ForwardMessage.Map(organization);
        EditMessage.Map(organization);
        DeleteMessage.Map(organization);
        SwitchComments.Map(organization);
        ListComments.Map(organization);
        AddComment.Map(organization);
        DeleteComment.Map(organization);
        MarkRead.Map(organization);
        ListReaders.Map(organization);
        ReactToMessage.Map(organization);
        ListPins.Map(organization);
        PinMessage.Map(organization);
        UnpinMessage.Map(organization);
        AcknowledgeMessage.Map(organization);
        ListAcknowledgements.Map(organization);
        RemindToAcknowledge.Map(organization);
        SearchMessages.Map(organization);
        ScheduleMessage.Map(organization);
        ListScheduledMessages.Map(organization);
        CancelScheduledMessage.Map(organization);
        CreatePoll.Map(organization);
        VoteInPoll.Map(organization);
        ClosePoll.Map(organization);
        ListPollVoters.Map(organization);
        ReportMessage.Map(organization);
        ListReports.Map(organization);
        DismissReport.Map(organization);
        RestrictWriting.Map(organization);
        LiftRestriction.Map(organization);
        ListModerationLog.Map(organization);
        ListQuietMembers.Map(organization);
        GetQuietHours.Map(organization);
        SetQuietHours.Map(organization);
        VerifyTeacher.Map(organization);
        RevokeTeacherVerification.Map(organization);

        var operatorApi = api.MapGroup("/operator").RequireAuthorization(CurrentUser.OperatorPolicy);
        ListApplications.Map(operatorApi);
        GetApplication.Map(operatorApi);
        GetApplicationDocument.Map(operatorApi);
        ApproveApplication.Map(operatorApi);
        RejectApplication.Map(operatorApi);
        ListOutbox.Map(operatorApi);
    }
}
