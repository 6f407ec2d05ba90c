using System.ComponentModel.DataAnnotations;

namespace Parta.Server.Infrastructure;

/// <summary>Where the platform keeps its files and how it names itself in links it sends.</summary>
public sealed class PartaOptions
{
    public const string Section = "Parta";

    /// <summary>Folder for the SQLite database and uploaded files.</summary>
    [Required] public string DataPath { get; set; } = "data";

    /// <summary>The address people open; used in links sent by e-mail and SMS.</summary>
    [Required, Url] public string PublicUrl { get; set; } = "http://localhost:8080";

    /// <summary>How long an administrator's invitation stays valid.</summary>
    [Range(1, 90)] public int InvitationDays { get; set; } = 7;

    public string FilesPath => Path.Combine(DataPath, "files");

    public string Link(string path) => PublicUrl.TrimEnd('/') + path;
}

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>ID-5: administrators act only with a second factor. Switch off only for a closed demo.</summary>
    public bool RequireAdministratorSecondFactor { get; set; } = true;
}

/// <summary>Requests per window; tests raise them, RateLimitTests and CodeLimitTests check they bite.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 100000)] public int SignInPerMinute { get; set; } = 10;
    /// <summary>
    /// One-time codes asked for from one network address: a ceiling against floods, far above what a school
    /// network needs when a whole class (and its parents) registers in one lesson.
    /// </summary>
    [Range(1, 100000)] public int CodesPerTenMinutes { get; set; } = 200;
    /// <summary>Codes sent to one phone or e-mail address: what stops a flood of SMS to one number.</summary>
    [Range(1, 100000)] public int CodesPerDestinationPerHour { get; set; } = 5;
    /// <summary>Codes a signed-in account asks for (changing its phone), whatever the numbers.</summary>
    [Range(1, 100000)] public int CodesPerAccountPerHour { get; set; } = 10;
    [Range(1, 100000)] public int ApplicationsPerHour { get; set; } = 5;
}
