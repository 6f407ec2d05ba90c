using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;
using Parta.Server.Realtime;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1…MSG-8: chats and what happens in them — messages, comments, reactions, pins, acknowledgements, polls,
/// scheduled messages, search, invitation links and moderation. Sending goes through <see cref="MessageSender"/>
/// and <see cref="MessageWriteQueue"/>; what changed reaches the members through <see cref="ChatEvents"/>.
/// </summary>
public static class ChatsModule
{
    public static IServiceCollection AddChats(this IServiceCollection services)
    {
        services.AddSettings<ScheduledMessageOptions>(ScheduledMessageOptions.Section);
        services.AddSingleton<ChatEvents>();
        services.AddSingleton<MessageAnnouncer>();
        services.AddScoped<IChatFollowing, ChatFollowing>();
        services.AddScoped<ChatRoster>();
        services.AddScoped<ChatCreation>();
        services.AddScoped<StudentContactRules>();
        services.AddScoped<MessageSender>();
        services.AddSingleton<MessageWriteQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<MessageWriteQueue>());
        // After the write queue: hosted services stop in reverse order, so a scheduled send under way finishes first.
        services.AddHostedService<ScheduledSender>();
        return services;
    }

    public static void MapChats(this RouteGroupBuilder api)
    {
        var chats = api.MapGroup("").WithTags("Chats");
        // MSG-2: a chat invitation link names no organization in its address; the handlers find it from the link.
        var chatInvites = chats.MapGroup("/chat-invites").RequireAuthorization();
        PreviewChatInvite.Map(chatInvites);
        JoinChatByInvite.Map(chatInvites);

        var organization = chats.MapOrganizationScope();
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
    }
}
