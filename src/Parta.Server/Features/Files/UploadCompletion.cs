using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// The last byte arrived: the content is checked against its declared type (FILE-4), hashed, moved into the file
/// store and becomes a <see cref="StoredFile"/> with the upload's id, waiting for the virus scanner when one is configured. Runs while the caller holds the upload's bytes
/// open exclusively (<see cref="PartialUploads.OpenForAppend"/>), so no other request can change or delete them meanwhile.
/// </summary>
public sealed class UploadCompletion(IFileStore store, PartialUploads partials, VirusScanner scanner, IOptions<VirusScanOptions> scanning, TimeProvider clock)
{
    /// <returns>Null when the file is stored; otherwise the refusal (the upload and its bytes are gone then).</returns>
    public async Task<IResult?> CompleteAsync(PartaDbContext db, FileUpload upload, FileStream bytes)
    {
        // Not the request's token: once every byte is here, finishing must not depend on the client waiting for it.
        var ct = CancellationToken.None;
        bytes.Position = 0;
        var head = new byte[(int)Math.Min(FileTypes.HeadBytes, bytes.Length)];
        await bytes.ReadExactlyAsync(head, ct);
        var verdict = FileTypes.Decide(head, upload.DeclaredType);
        if (verdict is not FileTypes.Accepted accepted)
        {
            partials.Delete(upload.Id);
            db.FileUploads.Remove(upload);
            await db.SaveChangesAsync(ct);
            return verdict is FileTypes.Mismatch mismatch
                ? Problems.Of(StatusCodes.Status415UnsupportedMediaType, "file_type_mismatch", string.Format(FileTexts.TypeMismatch, mismatch.Detected))
                : Problems.Of(StatusCodes.Status415UnsupportedMediaType, "file_type_refused", FileTexts.TypeRefused);
        }

        bytes.Position = 0;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(bytes, ct));
        var key = await store.MoveInAsync(bytes, ct);
        db.FileUploads.Remove(upload);
        db.StoredFiles.Add(new StoredFile
        {
            Id = upload.Id, OrganizationId = upload.OrganizationId, UploaderId = upload.UploaderId, FileName = upload.FileName,
            Size = upload.Length, ContentType = accepted.ContentType, Sha256 = sha256, StorageKey = key, CreatedAt = clock.GetUtcNow().UtcDateTime,
            ScanState = scanning.Value.IsConfigured ? FileScanState.Pending : FileScanState.Off,
        });
        await db.SaveChangesAsync(ct);
        if (scanning.Value.IsConfigured) scanner.Wake(upload);
        return null;
    }
}
