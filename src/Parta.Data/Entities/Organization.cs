namespace Parta.Data.Entities;

/// <summary>A school's closed space. Every row that belongs to an organization carries its id.</summary>
public class Organization
{
    public Guid Id { get; set; }
    public OrganizationKind Kind { get; set; }
    public required string FullName { get; set; }
    public required string ShortName { get; set; }
    public required string RegionCode { get; set; }
    public required string Municipality { get; set; }
    public required string Settlement { get; set; }
    public required string Inn { get; set; }
    public required string Kpp { get; set; }

    /// <summary>Address of the public page (ORG-6), e.g. <c>/o/sosh-1-4f2a</c>.</summary>
    public required string Slug { get; set; }

    // ORG-3 profile, filled in by the administrator.
    public string? Address { get; set; }
    public string? Website { get; set; }
    public string? EJournalUrl { get; set; }
    /// <summary>IANA id of one of Russia's eleven zones; quiet hours and schedules follow it.</summary>
    public string TimeZone { get; set; } = "Europe/Moscow";
    public TimeOnly WorkdayStart { get; set; } = new(8, 0);
    public TimeOnly WorkdayEnd { get; set; } = new(17, 0);
    /// <summary>Bit 0 = Monday … bit 6 = Sunday.</summary>
    public int WorkingDays { get; set; } = 0b0011111;
    /// <summary>ORG-4: registration of grades 1–4 is opened by the school's decision (off by default, as the seeds recommend).</summary>
    public bool PrimaryGradesOpen { get; set; }
    /// <summary>BEY-3 by the school's choice: whether classmates may write to each other directly (on by default).</summary>
    public bool ClassmatesMayMessage { get; set; } = true;
    /// <summary>BEY-3 by the school's choice: who else is in a staff member's private conversation with a student.</summary>
    public StudentChatCompanion TeacherStudentChatCompanion { get; set; } = StudentChatCompanion.None;
    /// <summary>When the administrator first declared the structure complete; the rollout plan counts its deadlines from it.</summary>
    public DateTime? StructureCompletedAt { get; set; }

    public required string ContactName { get; set; }
    public required string ContactEmail { get; set; }
    public DateTime CreatedAt { get; set; }
}
