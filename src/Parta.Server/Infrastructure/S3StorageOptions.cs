using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Parta.Server.Infrastructure;

/// <summary>
/// S3-compatible object storage for files, section <c>Files:S3</c> (PARTA_FILES__S3__BUCKET and so on; docs/operations.md).
/// Without a bucket, files stay on local disk under the data folder.
/// </summary>
public sealed partial class S3StorageOptions : IValidatableObject
{
    public const string Section = "Files:S3";

    /// <summary>The bucket; it must exist. Empty: files stay on local disk.</summary>
    public string? Bucket { get; set; }

    /// <summary>The storage's address (MinIO, Ceph, Yandex Object Storage, …); empty for Amazon S3 itself, found by <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>
    /// The address browsers fetch downloads from, when it differs from <see cref="ServiceUrl"/> (storage reached by Parta on
    /// an inner network, by people through a public name). The signature covers the host, so the links are signed for this one.
    /// </summary>
    public string? PublicUrl { get; set; }

    public string Region { get; set; } = "us-east-1";
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }

    /// <summary>Keys start with this (a bucket shared with other data), e.g. <c>parta/</c>.</summary>
    [MaxLength(100)] public string KeyPrefix { get; set; } = "";

    /// <summary>Addresses as <c>host/bucket/key</c> rather than <c>bucket.host/key</c>: what most self-hosted storages need.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>How long a download link signed after Parta's access check works; short, so a link passed on soon stops working.</summary>
    [Range(10, 24 * 60 * 60)] public int DownloadLinkSeconds { get; set; } = 300;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Bucket);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured) yield break;
        if (!BucketName().IsMatch(Bucket!))
            yield return new ValidationResult("must be a bucket name: 3–63 lower-case letters, digits, dots and hyphens", [nameof(Bucket)]);
        if (!string.IsNullOrWhiteSpace(ServiceUrl) && !Settings.IsAbsoluteHttpUrl(ServiceUrl))
            yield return new ValidationResult("must be an absolute http(s) address, such as http://127.0.0.1:9000", [nameof(ServiceUrl)]);
        if (!string.IsNullOrWhiteSpace(PublicUrl) && !Settings.IsAbsoluteHttpUrl(PublicUrl))
            yield return new ValidationResult("must be an absolute http(s) address, such as https://files.school.ru", [nameof(PublicUrl)]);
        if (string.IsNullOrWhiteSpace(AccessKey)) yield return new ValidationResult("is required when Files:S3:Bucket is set", [nameof(AccessKey)]);
        if (string.IsNullOrWhiteSpace(SecretKey)) yield return new ValidationResult("is required when Files:S3:Bucket is set", [nameof(SecretKey)]);
        if (KeyPrefix.StartsWith('/') || KeyPrefix.Contains(".."))
            yield return new ValidationResult("must not start with / or contain ..", [nameof(KeyPrefix)]);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();
}
