using Parta.Server.Features.Accounts;
using Parta.Server.Features.Chats;
using Parta.Server.Features.Files;
using Parta.Server.Features.Import;
using Parta.Server.Features.Operator;
using Parta.Server.Features.Organizations;
using Parta.Server.Features.People;
using Parta.Server.Features.QuietHours;
using Parta.Server.Features.Reference;
using Parta.Server.Features.Rollout;
using Parta.Server.Features.Security;
using Parta.Server.Features.Structure;

namespace Parta.Server;

/// <summary>
/// The HTTP API under /api, one module per area (Features/&lt;Area&gt;/&lt;Area&gt;Module.cs). Each module maps its
/// routes, says who may reach them (anyone, signed-in, an organization's members, operators) and tags them with its
/// area, which is how the OpenAPI document groups them.
/// </summary>
public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapReference();
        api.MapAccounts();
        api.MapOrganizations();
        api.MapPeople();
        api.MapStructure();
        api.MapImport();
        api.MapChats();
        api.MapFiles();
        api.MapQuietHours();
        api.MapRollout();
        api.MapSecurity();
        api.MapOperator();
    }
}
