using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Chats;

/// <summary>
/// ID-7 in big chats: a person is visible to those who share a class, chat or group with them — but sharing
/// the school's channel, or a chat as big as a whole parallel, is sharing nothing in particular. In such a
/// chat, who is in it (and who read or voted by name) is for its admins and the organization's administrators;
/// everyone else sees counts.
/// </summary>
public static class LargeAudience
{
    /// <summary>
    /// A class of up to 30 students with two parents each and its teachers stays under this, so a class's own
    /// chats keep their lists (those people see each other in the class anyway); a chat above it spans several
    /// classes or the school.
    /// </summary>
    public const int Members = 100;

    public static bool IsLarge(Chat chat, int members) => chat.Kind == ChatKind.Channel || members > Members;

    public static bool SeesEveryone(ChatContext chat) => chat.Member.IsAdmin || OrgAccess.IsAdministrator(chat.Membership);

    /// <summary>Whether this member may see the chat's people by name (a cheap answer first: admins always may, and the channel never is small).</summary>
    public static async Task<bool> MaySeeNamesAsync(PartaDbContext db, ChatContext chat, CancellationToken ct) =>
        SeesEveryone(chat)
        || (chat.Chat.Kind != ChatKind.Channel && !IsLarge(chat.Chat, await db.ChatMembers.CountAsync(m => m.ChatId == chat.Chat.Id, ct)));
}
