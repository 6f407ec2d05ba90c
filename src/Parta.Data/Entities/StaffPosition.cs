namespace Parta.Data.Entities;

/// <summary>ORG-4 positions, as the seeds name them.</summary>
public enum StaffPosition
{
    Director = 1,
    DeputyDirector = 2,
    MethodAssociationHead = 3,
    ClassTeacher = 4,
    SubjectTeacher = 5,
    AdditionalEducationTeacher = 6,
}
