using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-2: a member who may invite makes a link to a group chat, optionally with an expiry and a use limit.
/// The link is shown once, in this answer; only its hash is stored.
/// </summary>
public static class CreateChatInviteLink
{
    public const int MaxUsesLimit = 10_000;

    public sealed record CreateChatInviteLinkRequest(DateTime? ExpiresAt, int? MaxUses);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/invite-links", Handle).WithName(nameof(CreateChatInviteLink)).WithSummary("Create a chat invitation link");

    private static async Task<Results<Created<ChatInviteLinkDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, CreateChatInviteLinkRequest request, PartaDbContext db,
        IOptions<PartaOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (ChatInviteLinks.RefuseUnlessGroup(chat.Chat) is { } notGroup) return notGroup;
        if (!ChatInviteLinks.MayInvite(chat)) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotChatAdmin);

        var now = clock.GetUtcNow().UtcDateTime;
        var expiresAt = request.ExpiresAt is { } moment ? RussianText.AsUtc(moment) : (DateTime?)null;
        var errors = new FieldErrors();
        if (expiresAt is { } expiry && (expiry <= now || expiry > now.AddYears(1))) errors.Add("expiresAt", ChatTexts.InviteLinkExpiry);
        if (request.MaxUses is < 1 or > MaxUsesLimit) errors.Add("maxUses", string.Format(ChatTexts.InviteLinkUses, MaxUsesLimit));
        if (errors.Any) return Problems.Validation(errors);

        var token = Tokens.NewLinkToken();
        var link = new ChatInviteLink
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, ChatId = chatId, TokenHash = Tokens.Hash(token),
            CreatedById = chat.Member.AccountId, CreatedAt = now, ExpiresAt = expiresAt, MaxUses = request.MaxUses,
        };
        db.ChatInviteLinks.Add(link);
        await db.SaveChangesAsync(ct);
        var creator = (await MessageReader.PeopleAsync(db, organizationId, [link.CreatedById], ct)).GetValueOrDefault(link.CreatedById, MessageReader.Person.Unknown);
        return TypedResults.Created($"/api/organizations/{organizationId}/chats/{chatId}/invite-links/{link.Id}",
            ChatInviteLinks.ToDto(link, creator.Name, now, options.Value.Link($"/chat-invite/{token}")));
    }
}
