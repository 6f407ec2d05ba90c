namespace Parta.Data.Entities;

/// <summary>
/// FILE-1: a resumable (tus) upload under way. Its bytes so far are a file in the data folder's <c>uploads</c>
/// folder named by <see cref="Id"/>; that file's length, not <see cref="Offset"/>, is the truth after a crash —
/// <see cref="Offset"/> is what the last request saw, for the organization's quota.
/// </summary>
public class FileUpload
{
    /// <summary>Also the id of the <see cref="StoredFile"/> it becomes, so a client knows the file by its upload's address.</summary>
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid UploaderId { get; set; }
    public long Length { get; set; }
    public long Offset { get; set; }
    /// <summary>The name the client sent, cleaned (<c>FileNames.Clean</c>); shown to people, never used as a path.</summary>
    public required string FileName { get; set; }
    /// <summary>The type the client declared in Upload-Metadata; the bytes must agree with it when the upload ends.</summary>
    public string? DeclaredType { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}

/// <summary>FILE-1: a finished, checked upload, kept in the file store under <see cref="StorageKey"/>.</summary>
public class StoredFile
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid UploaderId { get; set; }
    public required string FileName { get; set; }
    public long Size { get; set; }
    /// <summary>Decided from the first bytes (the declared type had to agree), and the type downloads are served with.</summary>
    public required string ContentType { get; set; }
    /// <summary>Lower-case hex; the download's ETag and the check a mirror or an export can make.</summary>
    public required string Sha256 { get; set; }
    public required string StorageKey { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>FILE-4: until <see cref="FileScanState.Clean"/>, only the uploader may download a file a scanner is checking.</summary>
    public FileScanState ScanState { get; set; }
    /// <summary>The name of what the scanner found, when <see cref="FileScanState.Infected"/>.</summary>
    public string? Threat { get; set; }
}

/// <summary>FILE-4: where a stored file is in the virus check.</summary>
public enum FileScanState
{
    /// <summary>No scanner was configured when the file was stored: served as it is.</summary>
    Off = 0,
    /// <summary>Waiting for the scanner (or for the scanner to be reachable again).</summary>
    Pending = 1,
    Clean = 2,
    /// <summary>The scanner found a threat: the bytes are deleted, the row stays to say why the file is gone.</summary>
    Infected = 3,
}
