namespace Parta.Data.Entities;

public enum ApplicationStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
