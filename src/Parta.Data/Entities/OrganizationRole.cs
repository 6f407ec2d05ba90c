namespace Parta.Data.Entities;

public enum OrganizationRole
{
    Administrator = 1,
    Teacher = 2,
    Student = 3,
    Parent = 4,
}
