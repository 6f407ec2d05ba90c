using Microsoft.Extensions.Options;

namespace Parta.Server.Infrastructure;

/// <summary>Where uploaded bytes live; local disk in the embedded default, object storage later (same interface).</summary>
public interface IFileStore
{
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);
    Stream OpenRead(string key);
    void Delete(string key);
}

public sealed class LocalFileStore(IOptions<PartaOptions> options) : IFileStore
{
    private readonly string _root = Path.GetFullPath(options.Value.FilesPath);

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var key = $"{DateTime.UtcNow:yyyy/MM}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".part";
        await using (var file = File.Create(temporary))
            await content.CopyToAsync(file, cancellationToken);
        // Rename last, so a half-written upload never looks like a stored file.
        File.Move(temporary, path);
        return key;
    }

    public Stream OpenRead(string key) => File.OpenRead(PathOf(key));

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
