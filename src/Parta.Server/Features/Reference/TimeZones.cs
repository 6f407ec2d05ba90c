namespace Parta.Server.Features.Reference;

public sealed record TimeZoneDto(string Id, string Name);

/// <summary>Russia's eleven time zones (IANA ids), named by a city people know and the offset.</summary>
public static class TimeZones
{
    public static readonly IReadOnlyList<TimeZoneDto> All =
    [
        new("Europe/Kaliningrad", "Калининград (UTC+2)"),
        new("Europe/Moscow", "Москва (UTC+3)"),
        new("Europe/Samara", "Самара (UTC+4)"),
        new("Asia/Yekaterinburg", "Екатеринбург (UTC+5)"),
        new("Asia/Omsk", "Омск (UTC+6)"),
        new("Asia/Krasnoyarsk", "Красноярск (UTC+7)"),
        new("Asia/Irkutsk", "Иркутск (UTC+8)"),
        new("Asia/Yakutsk", "Якутск (UTC+9)"),
        new("Asia/Vladivostok", "Владивосток (UTC+10)"),
        new("Asia/Magadan", "Магадан (UTC+11)"),
        new("Asia/Kamchatka", "Петропавловск-Камчатский (UTC+12)"),
    ];

    public static bool IsKnown(string? id) => All.Any(z => z.Id == id);
}
