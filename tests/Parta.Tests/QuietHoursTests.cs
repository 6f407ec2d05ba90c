using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// A server whose clock stands at a chosen moment: the next Monday–Thursday at 15:30 UTC. On a server in
/// UTC that is the middle of the working day; in Vladivostok (UTC+10) it is 01:30 of the next night.
/// </summary>
public sealed class QuietNightFactory : PartaFactory
{
    public static readonly DateTimeOffset Moment = NextWeekdayAfternoon(DateTimeOffset.UtcNow);

    private static DateTimeOffset NextWeekdayAfternoon(DateTimeOffset now)
    {
        var day = now.UtcDateTime.Date.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return new DateTimeOffset(day.AddHours(15.5), TimeSpan.Zero);
    }

    /// <summary>Real time shifted so that the factory starts at <see cref="Moment"/>: sessions and cookies age normally.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        private readonly TimeSpan _shift = Moment - DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _shift;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new ShiftedClock()));
    }
}

/// <summary>MSG-6: quiet hours follow the school's time zone, not the server's; teachers may set their own hours.</summary>
public sealed class QuietHoursTests(QuietNightFactory factory) : IClassFixture<QuietNightFactory>
{
    [Fact]
    public async Task At_night_in_vladivostok_a_parent_sees_when_the_teacher_will_be_notified_and_the_teacher_is_told_to_keep_quiet_until_morning()
    {
        var family = await factory.ClassFamilyAsync();
        await ApiClient.ReadAsync(await family.School.AdminClient.SendAsync(HttpMethod.Put, family.School.Org("/profile"), System.Net.Http.Json.JsonContent.Create(
            new { timeZone = "Asia/Vladivostok", workdayStart = "08:00", workdayEnd = "17:00", workingDays = new[] { 1, 2, 3, 4, 5 } })), HttpStatusCode.OK);
        var chatId = await family.Setup.OpenClassChatAsync("parents");
        // 08:00 in Vladivostok on the same local day is 22:00 UTC of the moment's day.
        var morning = QuietNightFactory.Moment.UtcDateTime.Date.AddHours(22);

        var quiet = (await family.Parent.GetJsonAsync(family.School.Org($"/chats/{chatId}/quiet-members"))).AsArray().Single()!;
        Assert.Equal((await family.Teacher.SessionAsync())["user"]!["fullName"]!.GetValue<string>(), quiet["name"]!.GetValue<string>());
        Assert.Equal(morning, quiet["notifiedAt"]!.GetValue<DateTime>().ToUniversalTime());

        var mine = await family.Teacher.GetJsonAsync(family.School.Org("/quiet-hours"));
        Assert.True(mine["applies"]!.GetValue<bool>());
        Assert.Equal(morning, mine["quietUntil"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.False((await family.Parent.GetJsonAsync(family.School.Org("/quiet-hours")))["applies"]!.GetValue<bool>());

        // A teacher who works nights in their own hours is at work now: nobody is told to wait.
        var own = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, family.School.Org("/quiet-hours"),
            System.Net.Http.Json.JsonContent.Create(new { workdayStart = "00:00", workdayEnd = "02:00" })), HttpStatusCode.OK);
        Assert.True(own["own"]!.GetValue<bool>());
        Assert.Null(own["quietUntil"]);
        Assert.Empty((await family.Parent.GetJsonAsync(family.School.Org($"/chats/{chatId}/quiet-members"))).AsArray());

        var refused = await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Put, family.School.Org("/quiet-hours"),
            System.Net.Http.Json.JsonContent.Create(new { workdayStart = "18:00", workdayEnd = "09:00" })), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(refused["errors"]!["workdayEnd"]);
        await ApiClient.ProblemAsync(await family.Parent.SendAsync(HttpMethod.Put, family.School.Org("/quiet-hours"),
            System.Net.Http.Json.JsonContent.Create(new { workdayStart = "09:00", workdayEnd = "18:00" })), HttpStatusCode.Forbidden, "forbidden");

        var back = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, family.School.Org("/quiet-hours"),
            System.Net.Http.Json.JsonContent.Create(new { workdayStart = (string?)null, workdayEnd = (string?)null })), HttpStatusCode.OK);
        Assert.False(back["own"]!.GetValue<bool>());
        Assert.Equal(morning, back["quietUntil"]!.GetValue<DateTime>().ToUniversalTime());
    }
}
