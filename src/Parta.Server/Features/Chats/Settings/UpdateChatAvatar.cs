using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1: the chat's admins set its picture. The body is the image itself (no multipart: one small file, and the
/// web client sends it with upload progress); its type is decided by its first bytes, whatever the request claims.
/// </summary>
public static class UpdateChatAvatar
{
    public sealed record ChatAvatarDto(string AvatarUrl);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPut("/avatar", Handle).WithName(nameof(UpdateChatAvatar)).WithSummary("Set a chat's picture")
            .Accepts<byte[]>("image/jpeg", "image/png", "image/webp", "application/octet-stream");

    private static async Task<Results<Ok<ChatAvatarDto>, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, HttpContext context, PartaDbContext db, IFileStore store, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        if (ChatAvatars.MayChange(chat) is { } refusal) return refusal;

        if (context.Request.ContentLength > ChatAvatars.MaxBytes) return TooLarge();
        var data = await ReadAtMostAsync(context.Request.Body, ChatAvatars.MaxBytes + 1, ct);
        if (data.Length > ChatAvatars.MaxBytes) return TooLarge();
        if (data.Length == 0) return Problems.Of(StatusCodes.Status400BadRequest, "avatar_missing", ChatTexts.AvatarMissing);
        if (ChatAvatars.Detect(data) is not { } contentType)
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "avatar_unsupported_type", ChatTexts.AvatarWrongType);

        // Whole milliseconds: PostgreSQL keeps microseconds, so finer ticks would give an address that differs once read back.
        var now = clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        var key = await store.SaveAsync(new MemoryStream(data), ct);
        var avatar = await db.ChatAvatars.FirstOrDefaultAsync(a => a.ChatId == chatId, ct);
        var replaced = avatar?.StorageKey;
        if (avatar is null) db.ChatAvatars.Add(new ChatAvatar { ChatId = chatId, ContentType = contentType, StorageKey = key, UpdatedAt = now });
        else
        {
            avatar.ContentType = contentType;
            avatar.StorageKey = key;
            avatar.Data = null;
            avatar.UpdatedAt = now;
        }
        db.Attach(chat.Chat);
        chat.Chat.AvatarUpdatedAt = now;
        await db.SaveChangesAsync(ct);
        // After the row names the new picture: a failure in between leaves an unused object, never a missing picture.
        if (replaced is not null) await store.DeleteAsync(replaced, CancellationToken.None);
        await events.ChatChangedAsync(chatId);
        return TypedResults.Ok(new ChatAvatarDto(ChatAvatars.UrlOf(chat.Chat)!));
    }

    private static ProblemHttpResult TooLarge() =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, "avatar_too_large", ChatTexts.AvatarTooLarge);

    /// <summary>Reads the body but never more than <paramref name="limit"/> bytes, whatever the client claims.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream body, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (buffer.Length < limit && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
