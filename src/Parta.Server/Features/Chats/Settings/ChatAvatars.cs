using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1 chat pictures: what is accepted (PNG, JPEG or WebP by their first bytes, at most <see cref="MaxBytes"/> —
/// the web client sends a 256×256 JPEG), who may change one, and the address the chat list shows.
/// </summary>
public static class ChatAvatars
{
    public const int MaxBytes = 256 * 1024;

    public static string? UrlOf(Chat chat) =>
        chat.AvatarUpdatedAt is { } at ? $"/api/organizations/{chat.OrganizationId}/chats/{chat.Id}/avatar?v={at.Ticks}" : null;

    /// <summary>The image type decided by content; the file name and the browser's claim are ignored.</summary>
    public static string? Detect(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    /// <summary>The same people who change the chat's settings; a direct chat has no picture of its own.</summary>
    public static ProblemHttpResult? MayChange(ChatContext chat) =>
        chat.Chat.Kind == ChatKind.Direct ? Problems.Conflict("direct_chat", ChatTexts.DirectChatNoAvatar)
        : !chat.CanModerate ? Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotChatAdmin)
        : null;
}
