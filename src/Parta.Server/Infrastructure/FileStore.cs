using Microsoft.Extensions.Options;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Where stored bytes live: local disk under the data folder (the embedded default, <see cref="LocalFileStore"/>) or an
/// S3-compatible object storage (<see cref="S3FileStore"/>), chosen by configuration (<see cref="FileStorage"/>).
/// </summary>
public interface IFileStore
{
    /// <summary>Stores a small stream (an application's document) and returns its key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// Takes over a finished file on local disk (an upload assembled in the data folder) and returns its key; the file
    /// is no longer at its path afterwards. The caller keeps <paramref name="file"/> open (it holds the upload's lock),
    /// so the store reads the bytes through it: local disk renames the file, object storage copies and deletes it.
    /// </summary>
    Task<string> MoveInAsync(FileStream file, CancellationToken cancellationToken);

    /// <summary>The bytes, to stream through Parta (seekable on local disk, so that downloads can answer byte ranges).</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// A short-lived address where the client fetches the bytes from the storage itself, answered with these headers;
    /// null when Parta serves the bytes (local disk). Called only after Parta's own access check.
    /// </summary>
    Uri? DirectDownloadUrl(string key, string contentType, string contentDisposition);
}

public sealed class LocalFileStore(IOptions<PartaOptions> options) : IFileStore
{
    private readonly string _root = Path.GetFullPath(options.Value.FilesPath);

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var (key, path) = NewKey();
        var temporary = path + ".part";
        await using (var file = File.Create(temporary))
            await content.CopyToAsync(file, cancellationToken);
        // Rename last, so a half-written upload never looks like a stored file.
        File.Move(temporary, path);
        return key;
    }

    public Task<string> MoveInAsync(FileStream file, CancellationToken cancellationToken)
    {
        var (key, path) = NewKey();
        // The data folder holds both, so this is a rename on one file system: no bytes are copied. An open file may be renamed.
        File.Move(file.Name, path);
        return Task.FromResult(key);
    }

    // Unbuffered: downloads copy in large blocks of their own, and a 4 KiB buffer per stream would only add copies.
    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0,
            FileOptions.Asynchronous | FileOptions.SequentialScan));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    public Uri? DirectDownloadUrl(string key, string contentType, string contentDisposition) => null;

    private (string Key, string Path) NewKey()
    {
        var key = FileStorage.NewKey();
        var path = PathOf(key);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return (key, path);
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException("Storage key escapes the files folder.", nameof(key));
        return path;
    }
}
