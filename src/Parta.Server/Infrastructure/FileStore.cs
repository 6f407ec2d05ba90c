using Microsoft.Extensions.Options;

namespace Parta.Server.Infrastructure;

/// <summary>Where uploaded bytes live; local disk in the embedded default, object storage later (same interface).</summary>
public interface IFileStore
{
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// Takes over a finished file on local disk (an upload assembled in the data folder) and returns its key; the file
    /// is no longer at <paramref name="localPath"/> afterwards. Local disk renames it; object storage will copy and delete.
    /// </summary>
    Task<string> MoveInAsync(string localPath, CancellationToken cancellationToken);

    /// <summary>A seekable stream, so that downloads can answer byte ranges (Range, 206).</summary>
    Stream OpenRead(string key);
    void Delete(string key);
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

    public Task<string> MoveInAsync(string localPath, CancellationToken cancellationToken)
    {
        var (key, path) = NewKey();
        // The data folder holds both, so this is a rename on one file system: no bytes are copied.
        File.Move(localPath, path);
        return Task.FromResult(key);
    }

    // Unbuffered: downloads copy in large blocks of their own, and a 4 KiB buffer per stream would only add copies.
    public Stream OpenRead(string key) =>
        new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private (string Key, string Path) NewKey()
    {
        var key = $"{DateTime.UtcNow:yyyy/MM}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return (key, path);
    }

    public void Delete(string key)
    {
        var path = PathOf(key);
        if (File.Exists(path)) File.Delete(path);
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException("Storage key escapes the files folder.", nameof(key));
        return path;
    }
}
