using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-1: the chat's admins take its picture away; the list shows the initials again.</summary>
public static class RemoveChatAvatar
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapDelete("/avatar", Handle).WithName(nameof(RemoveChatAvatar)).WithSummary("Remove a chat's picture");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, PartaDbContext db, IFileStore store, ChatEvents events, CancellationToken ct)
    {
        if (ChatAvatars.MayChange(chat) is { } refusal) return refusal;
        var avatar = await db.ChatAvatars.FirstOrDefaultAsync(a => a.ChatId == chatId, ct);
        if (avatar is null) return Problems.NotFound("avatar_not_found", ChatTexts.AvatarNotFound);
        db.ChatAvatars.Remove(avatar);
        await db.SaveChangesAsync(ct);
        if (avatar.StorageKey is not null) await store.DeleteAsync(avatar.StorageKey, CancellationToken.None);
        await db.Chats.Where(c => c.Id == chatId).ExecuteUpdateAsync(s => s.SetProperty(c => c.AvatarUpdatedAt, (DateTime?)null), ct);
        await events.ChatChangedAsync(chatId);
        return TypedResults.NoContent();
    }
}
