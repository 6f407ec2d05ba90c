using Microsoft.Extensions.Options;

namespace Parta.Server.Infrastructure;

/// <summary>Picks the file store from configuration: S3-compatible object storage when a bucket is named, local disk otherwise.</summary>
public static class FileStorage
{
    public static IServiceCollection AddFileStore(this IServiceCollection services)
    {
        services.AddSettings<S3StorageOptions>(S3StorageOptions.Section);
        services.AddSingleton<LocalFileStore>();
        services.AddSingleton<S3FileStore>();
        services.AddSingleton<IFileStore>(provider => provider.GetRequiredService<IOptions<S3StorageOptions>>().Value.IsConfigured
            ? provider.GetRequiredService<S3FileStore>()
            : provider.GetRequiredService<LocalFileStore>());
        return services;
    }

    /// <summary>A new object's key: by month (a folder of manageable size on disk, a prefix to list in a bucket), then random.</summary>
    public static string NewKey() => $"{DateTime.UtcNow:yyyy/MM}/{Guid.NewGuid():N}";
}
