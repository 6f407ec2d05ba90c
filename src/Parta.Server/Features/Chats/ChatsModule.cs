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
        // Before the server takes requests: chat pictures still in the database go to the file store (FILE, issue 13).
        services.AddHostedService<ChatAvatarsToFileStore>();
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
        SearchMessages.Map(organization);
        ListReports.Map(organization);
        DismissReport.Map(organization);
        ListModerationLog.Map(organization);
        // MSG-7: an organization's administrator acts on a reported message or author in a chat they are not in
        // (ChatAccess.RequireModeratorAsync), so these pass their own door rather than the chat scope's.
        DeleteMessage.Map(organization);
        RestrictWriting.Map(organization);
        LiftRestriction.Map(organization);

        var chat = organization.MapChatScope();
        UpdateChatSettings.Map(chat);
        ListChatMembers.Map(chat);
        AddChatMembers.Map(chat);
        RemoveChatMember.Map(chat);
        CreateChatInviteLink.Map(chat);
        ListChatInviteLinks.Map(chat);
        RevokeChatInviteLink.Map(chat);
        UpdateChatAvatar.Map(chat);
        RemoveChatAvatar.Map(chat);
        GetChatAvatar.Map(chat);
        ListMessages.Map(chat);
        SendMessage.Map(chat);
        ForwardMessage.Map(chat);
        EditMessage.Map(chat);
        SwitchComments.Map(chat);
        ListComments.Map(chat);
        AddComment.Map(chat);
        DeleteComment.Map(chat);
        MarkRead.Map(chat);
        ListReaders.Map(chat);
        ReactToMessage.Map(chat);
        ListPins.Map(chat);
        PinMessage.Map(chat);
        UnpinMessage.Map(chat);
        AcknowledgeMessage.Map(chat);
        ListAcknowledgements.Map(chat);
        RemindToAcknowledge.Map(chat);
        ScheduleMessage.Map(chat);
        ListScheduledMessages.Map(chat);
        CancelScheduledMessage.Map(chat);
        CreatePoll.Map(chat);
        VoteInPoll.Map(chat);
        ClosePoll.Map(chat);
        ListPollVoters.Map(chat);
        ReportMessage.Map(chat);
    }
}
