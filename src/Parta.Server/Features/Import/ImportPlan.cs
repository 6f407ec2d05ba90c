using Parta.Data.Entities;

namespace Parta.Server.Features.Import;

/// <summary>
/// One person of a roster, checked: who, in which role, in which class, reached how — by phone, or by
/// e-mail alone (the invitation is then claimed with an e-mailed code).
/// </summary>
public sealed record ImportPerson(string File, int Line, OrganizationRole Role, string FullName, string? Phone, string? Email, string? ClassName)
{
    /// <summary>What tells two lines about the same person apart: the phone when given, else the e-mail.</summary>
    public string Contact => Phone ?? Email!.ToLowerInvariant();
}

public sealed record ImportProblemDto(string File, int Line, string Message);

/// <summary>What applying a roster will do: the classes it creates and the people it invites.</summary>
public sealed record ImportPlan(List<string> NewClasses, List<ImportPerson> People);

/// <summary>Collects people and per-line problems while a parser reads a file.</summary>
public sealed class ImportCollector
{
    public List<ImportPerson> People { get; } = [];
    public List<ImportProblemDto> Problems { get; } = [];

    public void Problem(string file, int line, string message) => Problems.Add(new ImportProblemDto(file, line, message));
}
