using Microsoft.Extensions.Options;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// Where unfinished uploads keep their bytes: <c>&lt;data folder&gt;/uploads/&lt;upload id&gt;</c>, beside the file store
/// (same file system, so finishing an upload is a rename). The file's length is the upload's offset.
/// </summary>
public sealed class PartialUploads
{
    private readonly string _root;

    public PartialUploads(IOptions<PartaOptions> options)
    {
        _root = Path.GetFullPath(Path.Combine(options.Value.DataPath, "uploads"));
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    public string PathOf(Guid uploadId) => Path.Combine(_root, uploadId.ToString("N"));

    public void Create(Guid uploadId) => File.Create(PathOf(uploadId)).Dispose();

    /// <summary>Bytes received so far; null when the bytes are gone (deleted, or never created before a crash).</summary>
    public long? OffsetOf(Guid uploadId)
    {
        var file = new FileInfo(PathOf(uploadId));
        return file.Exists ? file.Length : null;
    }

    public void Delete(Guid uploadId) => File.Delete(PathOf(uploadId));

    /// <summary>
    /// The upload's bytes for appending, held by one request at a time: a second request for the same upload (a client
    /// retrying while its cut request still runs here) gets null and is told to wait. FileShare.None is an exclusive
    /// lock on Linux too, so it also holds between two server processes on one data folder.
    /// </summary>
    public FileStream? OpenForAppend(Guid uploadId)
    {
        try
        {
            return new FileStream(PathOf(uploadId), FileMode.Open, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            return null;
        }
    }
}
