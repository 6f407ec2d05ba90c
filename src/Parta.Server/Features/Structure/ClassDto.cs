namespace Parta.Server.Features.Structure;

public sealed record ClassDto(Guid Id, string Name, int? Grade, string? Letter, Guid? ClassTeacherId, string? ClassTeacherName);

public sealed record SubjectDto(Guid Id, string Name);
