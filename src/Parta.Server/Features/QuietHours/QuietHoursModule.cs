using Parta.Server.Features.Chats;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.QuietHours;

/// <summary>MSG-6: teachers' working hours, and when a message written outside them reaches the teacher.</summary>
public static class QuietHoursModule
{
    public static void MapQuietHours(this RouteGroupBuilder api)
    {
        var organization = api.MapOrganizationScope().WithTags("QuietHours");
        GetQuietHours.Map(organization);
        SetQuietHours.Map(organization);
        ListQuietMembers.Map(organization.MapChatScope());
    }
}
