using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1: the chat's picture, for its members only (others get the chat door's 404). Its address carries the
/// version (<see cref="ChatAvatars.UrlOf"/>), so a browser may keep it; private, since it is not for shared caches.
/// </summary>
public static class GetChatAvatar
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/avatar", Handle).WithName(nameof(GetChatAvatar)).WithSummary("A chat's picture")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "image/jpeg", "image/png", "image/webp");

    private static async Task<Results<FileStreamHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Handle(
        ChatContext chat, HttpContext context, PartaDbContext db, IFileStore store, CancellationToken ct)
    {
        var avatar = await db.ChatAvatars.AsNoTracking().FirstOrDefaultAsync(a => a.ChatId == chat.Chat.Id, ct);
        if (avatar?.StorageKey is null) return Problems.NotFound("avatar_not_found", ChatTexts.AvatarNotFound);

        var etag = new EntityTagHeaderValue($"\"{avatar.UpdatedAt.Ticks:x}\"");
        context.Response.Headers.CacheControl = "private, max-age=86400";
        context.Response.Headers.ETag = etag.ToString();
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        // Through Parta even from object storage: a picture is small, and its long private caching is Parta's to give.
        return TypedResults.Stream(await store.OpenReadAsync(avatar.StorageKey, ct), avatar.ContentType);
    }
}
