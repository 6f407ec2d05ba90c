using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-1: a chat's admins set its title, description, who may write and invite, and whether newcomers see history.</summary>
public static class UpdateChatSettings
{
    public sealed record ChatSettingsRequest(string? Title, string? Description, ChatPermission? WhoMayWrite, ChatPermission? WhoMayInvite, bool? NewMembersSeeHistory);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPatch("", Handle).WithName(nameof(UpdateChatSettings)).WithSummary("Change a chat's title or rules");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, ChatSettingsRequest request, PartaDbContext db, ChatEvents events, CancellationToken ct)
    {
        if (!chat.CanModerate || chat.Chat.Kind == ChatKind.Direct) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotChatAdmin);
        var errors = new FieldErrors();
        var title = request.Title is null ? null : Input.Text(errors, "title", request.Title, Limits.ShortName);
        var description = request.Description is null ? null : Input.Text(errors, "description", request.Description, Limits.Reason, required: false);
        if (request.WhoMayWrite is { } write && !Enum.IsDefined(write)) errors.Add("whoMayWrite", Texts.Required);
        if (request.WhoMayInvite is { } invite && !Enum.IsDefined(invite)) errors.Add("whoMayInvite", Texts.Required);
        if (errors.Any) return Problems.Validation(errors);

        db.Attach(chat.Chat);
        if (title is not null) chat.Chat.Title = title;
        if (description is not null) chat.Chat.Description = description.Length == 0 ? null : description;
        // The channel stays the administrators' voice whatever is asked.
        if (request.WhoMayWrite is { } whoMayWrite && chat.Chat.Kind != ChatKind.Channel) chat.Chat.WhoMayWrite = whoMayWrite;
        if (request.WhoMayInvite is { } whoMayInvite) chat.Chat.WhoMayInvite = whoMayInvite;
        if (request.NewMembersSeeHistory is { } history) chat.Chat.NewMembersSeeHistory = history;
        await db.SaveChangesAsync(ct);
        await events.ChatChangedAsync(chatId);
        return TypedResults.NoContent();
    }
}
