namespace Parta.Data.Entities;

public enum OrganizationKind
{
    School = 1,
    College = 2,
    Additional = 3,
}
