using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server;

namespace Parta.Bench.Messaging;

/// <summary>A person the load generator connects as: their account and a «Cookie» header value for their session.</summary>
public sealed record SeededPerson(Guid AccountId, string Cookie);

/// <summary>
/// Seeds a school straight into the database and issues session cookies without the password endpoint
/// (PBKDF2 makes 18,000 sign-ins take many minutes) and without any test-only door in the server: the
/// session rows are written as <c>DatabaseSessionStore</c> writes them, and the cookie is protected with the
/// server's own cookie ticket format, built by the server's own composition (<see cref="PartaApp.Build"/>)
/// over the same data path, and therefore the same data-protection key ring and purpose strings. A bench
/// run needs the key ring on disk, which only someone who already holds the server's data has.
/// </summary>
public sealed class Seed : IAsyncDisposable
{
    private readonly Microsoft.AspNetCore.Builder.WebApplication _app;
    private readonly IServiceScope _scope;
    public PartaDbContext Db { get; }
    public Guid OrganizationId { get; } = Guid.NewGuid();
    private readonly DateTime _now = DateTime.UtcNow;
    private int _people;

    public Seed(string[] serverArgs)
    {
        _app = PartaApp.Build(serverArgs);
        _scope = _app.Services.CreateScope();
        Db = _scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        Db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
    }

    public async Task OrganizationAsync()
    {
        await Db.Database.MigrateAsync();
        await BulkInsert.InsertAsync(Db, [new Organization
        {
            Id = OrganizationId, Kind = OrganizationKind.School, FullName = "МБОУ «Школа для замеров сообщений»", ShortName = "Школа замеров",
            RegionCode = "43", Municipality = "Район", Settlement = "Село", Inn = "7707083893", Kpp = "431301001", Slug = "bench-messaging",
            ContactName = "Директор", ContactEmail = "director@bench.example.ru", CreatedAt = _now, ClassmatesMayMessage = true,
        }]);
    }

    /// <summary>Accounts with active, verified memberships.</summary>
    public async Task<List<Guid>> PeopleAsync(int count, OrganizationRole role)
    {
        var accounts = new List<Account>(count);
        var memberships = new List<Membership>(count);
        for (var i = 0; i < count; i++)
        {
            var n = Interlocked.Increment(ref _people);
            var login = $"+7950{n:D7}";
            var account = new Account
            {
                Id = Guid.CreateVersion7(), UserName = login, NormalizedUserName = login, PhoneNumber = login, PhoneNumberConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
                FullName = $"{(role == OrganizationRole.Teacher ? "Учитель" : role == OrganizationRole.Administrator ? "Директор" : "Ученик")} Номер {n}", CreatedAt = _now,
            };
            accounts.Add(account);
            memberships.Add(new Membership
            {
                Id = Guid.CreateVersion7(), OrganizationId = OrganizationId, AccountId = account.Id, Role = role, JoinedAt = _now,
                VerifiedAt = _now, Position = role == OrganizationRole.Teacher ? StaffPosition.ClassTeacher : null,
            });
        }
        await BulkInsert.InsertAsync(Db, accounts);
        await BulkInsert.InsertAsync(Db, memberships);
        _accounts.AddRange(accounts);
        return accounts.Select(a => a.Id).ToList();
    }

    private readonly List<Account> _accounts = [];

    public Chat NewChat(ChatKind kind, string title, Guid? classId = null) => new()
    {
        Id = Guid.CreateVersion7(), OrganizationId = OrganizationId, Kind = kind, Title = title, ClassId = classId,
        Audience = kind == ChatKind.Class ? ClassChatAudience.Students : null,
        UniqueKey = kind switch { ChatKind.Class => $"class:{classId}:students", ChatKind.Channel => "channel", _ => null },
        WhoMayWrite = kind == ChatKind.Channel ? ChatPermission.Admins : ChatPermission.Everyone, CreatedAt = _now,
    };

    public ChatMember NewMember(Chat chat, Guid accountId, bool admin = false, bool fromRoster = true, long readSeq = 0) => new()
    {
        Id = Guid.CreateVersion7(), OrganizationId = OrganizationId, ChatId = chat.Id, AccountId = accountId, IsAdmin = admin,
        FromRoster = fromRoster, JoinedAt = _now, ReadSeq = readSeq,
    };

    /// <summary>Class chats: per class one teacher and (<paramref name="members"/> − 1) students, all of them in the class's chat.</summary>
    public async Task<List<(Chat Chat, List<Guid> Members)>> ClassChatsAsync(int classes, int members)
    {
        var teachers = await PeopleAsync(classes, OrganizationRole.Teacher);
        var students = await PeopleAsync(classes * (members - 1), OrganizationRole.Student);
        var studentMemberships = await Db.Memberships.Where(m => m.OrganizationId == OrganizationId && m.Role == OrganizationRole.Student)
            .Select(m => new { m.AccountId, m.Id }).ToDictionaryAsync(m => m.AccountId, m => m.Id);
        var schoolClasses = new List<SchoolClass>();
        var classMembers = new List<ClassMember>();
        var chats = new List<Chat>();
        var chatMembers = new List<ChatMember>();
        var result = new List<(Chat, List<Guid>)>();
        for (var c = 0; c < classes; c++)
        {
            var grade = c % 11 + 1;
            const string alphabet = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ";
            var parallel = c / 11; // 11 grades, then the next letter (two letters past «Я»)
            var letter = alphabet[parallel % alphabet.Length] + (parallel < alphabet.Length ? "" : alphabet[parallel / alphabet.Length].ToString());
            var schoolClass = new SchoolClass
            {
                Id = Guid.CreateVersion7(), OrganizationId = OrganizationId, Grade = grade, Letter = letter, Name = $"{grade}{letter}",
                ClassTeacherId = teachers[c], CreatedAt = _now,
            };
            schoolClasses.Add(schoolClass);
            var chat = NewChat(ChatKind.Class, $"{schoolClass.Name} — ученики", schoolClass.Id);
            chats.Add(chat);
            var people = new List<Guid> { teachers[c] };
            people.AddRange(students.Skip(c * (members - 1)).Take(members - 1));
            foreach (var student in people.Skip(1))
                classMembers.Add(new ClassMember { Id = Guid.CreateVersion7(), OrganizationId = OrganizationId, ClassId = schoolClass.Id, MembershipId = studentMemberships[student], JoinedAt = _now });
            chatMembers.AddRange(people.Select((p, i) => NewMember(chat, p, admin: i == 0)));
            result.Add((chat, people));
        }
        await BulkInsert.InsertAsync(Db, schoolClasses);
        await BulkInsert.InsertAsync(Db, classMembers);
        await BulkInsert.InsertAsync(Db, chats);
        await BulkInsert.InsertAsync(Db, chatMembers);
        return result;
    }

    /// <summary>
    /// One session per person, stored as <c>DatabaseSessionStore.StoreAsync</c> stores it, and the cookie the
    /// cookie handler would have set for it (a ticket naming only the session key, protected by the scheme's format).
    /// </summary>
    public async Task<Dictionary<Guid, SeededPerson>> SessionsAsync(IReadOnlyCollection<Guid> accountIds)
    {
        var byId = _accounts.ToDictionary(a => a.Id);
        var identity = _app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var cookies = _app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var sessions = new List<UserSession>(accountIds.Count);
        var result = new Dictionary<Guid, SeededPerson>(accountIds.Count);
        var expires = _now.AddDays(14);
        foreach (var accountId in accountIds)
        {
            var account = byId[accountId];
            var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(identity.UserIdClaimType, account.Id.ToString()), new Claim(identity.UserNameClaimType, account.UserName!),
                new Claim(identity.SecurityStampClaimType, account.SecurityStamp!),
            ], IdentityConstants.ApplicationScheme, identity.UserNameClaimType, identity.RoleClaimType));
            var properties = new AuthenticationProperties { IsPersistent = true, IssuedUtc = _now, ExpiresUtc = expires };
            var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.ApplicationScheme);
            var session = new UserSession
            {
                Id = Guid.NewGuid(), AccountId = account.Id, Ticket = TicketSerializer.Default.Serialize(ticket), UserAgent = "Parta.Bench",
                IpAddress = "127.0.0.1", CreatedAt = _now, LastSeenAt = _now, ExpiresAt = expires,
            };
            sessions.Add(session);
            // What CookieAuthenticationHandler puts in the cookie when a session store is configured.
            var keyTicket = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim("Microsoft.AspNetCore.Authentication.Cookies-SessionId", session.Id.ToString(), ClaimValueTypes.String, cookies.ClaimsIssuer)],
                cookies.ClaimsIssuer)), null, IdentityConstants.ApplicationScheme);
            result[account.Id] = new SeededPerson(account.Id, $"{cookies.Cookie.Name}={cookies.TicketDataFormat.Protect(keyTicket)}");
        }
        await BulkInsert.InsertAsync(Db, sessions);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        // The server's SQLite connections leave checkpoints to its background checkpointer, which does not run
        // here: the seeded rows go into the database file now, not into the server's first seconds.
        if (Db.Database.IsSqlite()) await Db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        _scope.Dispose();
        await _app.DisposeAsync();
    }
}
