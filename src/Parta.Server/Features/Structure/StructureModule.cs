using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Structure;

/// <summary>ORG-4: a school's classes, subjects and groups, which chats and the people lists are built from.</summary>
public static class StructureModule
{
    public static void MapStructure(this RouteGroupBuilder api)
    {
        var organization = api.MapOrganizationScope().WithTags("Structure");
        ListClasses.Map(organization);
        CreateClass.Map(organization);
        DeleteClass.Map(organization);
        ListClassMembers.Map(organization);
        ListSubjects.Map(organization);
        CreateSubject.Map(organization);
        DeleteSubject.Map(organization);
        ListGroups.Map(organization);
        CreateGroup.Map(organization);
        DeleteGroup.Map(organization);
        ChangeGroupMembers.Map(organization);
    }
}
