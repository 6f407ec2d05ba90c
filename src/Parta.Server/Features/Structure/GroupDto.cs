using Parta.Data.Entities;

namespace Parta.Server.Features.Structure;

public sealed record GroupDto(Guid Id, GroupKind Kind, string Name, Guid? SubjectId, IReadOnlyList<ListClassMembers.ClassPersonDto> Members);
