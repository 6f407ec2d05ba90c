using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-8: search over the caller's own chats in this organization (never anyone else's), by every form of a
/// word: PostgreSQL full-text search with the russian configuration; on SQLite the same Snowball stems.
/// Newest first; each hit opens in context with GET …/messages?around={seq}.
/// </summary>
public static class SearchMessages
{
    public const int MaxQuery = 200;
    public const int DefaultLimit = 30;

    public sealed record SearchHitDto(Guid ChatId, string ChatTitle, long Seq, string SenderName, DateTime CreatedAt, string Text,
        IReadOnlyList<MessageSearch.HighlightDto> Highlights);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/search", Handle).ForMembers().WithName(nameof(SearchMessages)).WithSummary("Search messages in my chats");

    private static async Task<Results<Ok<List<SearchHitDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember me, string? q, Guid? chatId, int? limit, PartaDbContext db, CancellationToken ct)
    {
        var query = (q ?? "").Trim();
        var stems = MessageSearch.Stems(query).Distinct().ToList();
        if (stems.Count == 0) return Problems.Field("q", ChatTexts.SearchEmpty);
        if (query.Length > MaxQuery) return Problems.Field("q", string.Format(ChatTexts.SearchTooLong, MaxQuery));
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > 100) return Problems.Field("limit", string.Format(ChatTexts.LimitRange, 100));

        var hits = from m in db.Messages
                   join cm in db.ChatMembers on m.ChatId equals cm.ChatId
                   join c in db.Chats on m.ChatId equals c.Id
                   where cm.AccountId == me.AccountId && cm.OrganizationId == organizationId && m.Seq >= cm.VisibleFromSeq && m.DeletedAt == null
                         && (chatId == null || m.ChatId == chatId)
                   select new { Message = m, c.Title };
        if (db.Database.IsNpgsql())
            hits = hits.Where(h => EF.Functions.ToTsVector("russian", h.Message.Text).Matches(EF.Functions.WebSearchToTsQuery("russian", query)));
        else
            foreach (var stem in stems)
                hits = hits.Where(h => h.Message.SearchText!.Contains(" " + stem));
        var found = await hits.OrderByDescending(h => h.Message.CreatedAt).Take(size).AsNoTracking().ToListAsync(ct);

        var people = await MessageReader.PeopleAsync(db, organizationId, [.. found.Select(h => h.Message.SenderId).Distinct()], ct);
        return TypedResults.Ok(found.Select(h => new SearchHitDto(h.Message.ChatId, h.Title, h.Message.Seq,
            people.GetValueOrDefault(h.Message.SenderId, MessageReader.Person.Unknown).Name, h.Message.CreatedAt, h.Message.Text,
            MessageSearch.Highlights(h.Message.Text, stems))).ToList());
    }
}
