using System.ComponentModel.DataAnnotations;

namespace Parta.Server.Features.Files;

/// <summary>FILE-1 limits, section <c>Files</c> (PARTA_FILES__MAXFILEBYTES and so on; docs/operations.md).</summary>
public sealed class FilesOptions
{
    public const string Section = "Files";

    /// <summary>The largest single file; 4 GiB by default (a lesson's video).</summary>
    [Range(1, long.MaxValue)] public long MaxFileBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// What one organization may keep: its stored files plus the bytes of its uploads under way. The same for
    /// every organization until the operator can set one per school.
    /// </summary>
    [Range(1, long.MaxValue)] public long OrganizationQuotaBytes { get; set; } = 50L * 1024 * 1024 * 1024;

    /// <summary>An unfinished upload may be resumed for this long after it was created; then its bytes are deleted.</summary>
    [Range(1, 24 * 30)] public int UploadExpiryHours { get; set; } = 24;

    /// <summary>How often expired uploads are looked for.</summary>
    [Range(1, 24 * 60 * 60)] public int SweepSeconds { get; set; } = 600;

    /// <summary>
    /// While one long request streams bytes in, the uploader's membership is checked again this often, so a person
    /// whose access ended cannot keep filling the school's storage with an upload begun before.
    /// </summary>
    [Range(1, 3600)] public int AccessRecheckSeconds { get; set; } = 10;
}
