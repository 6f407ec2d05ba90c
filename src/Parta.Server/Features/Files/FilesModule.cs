using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// FILE-1: resumable uploads (tus 1.0.0) into an organization and downloads of the stored files; FILE-4: the virus scan. Partial uploads live
/// in the data folder's <c>uploads</c> folder until complete, then in <see cref="Infrastructure.IFileStore"/>.
/// </summary>
public static class FilesModule
{
    public static IServiceCollection AddFiles(this IServiceCollection services)
    {
        services.AddSettings<FilesOptions>(FilesOptions.Section);
        services.AddSingleton<PartialUploads>();
        services.AddSingleton<UploadQuota>();
        services.AddSingleton<UploadCompletion>();
        services.AddSingleton<UploadAppender>();
        services.AddSettings<VirusScanOptions>(VirusScanOptions.Section);
        services.AddSingleton<ClamdClient>();
        services.AddSingleton<VirusScanner>();
        services.AddHostedService(provider => provider.GetRequiredService<VirusScanner>());
        services.AddSingleton<ExpiredUploadSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<ExpiredUploadSweeper>());
        return services;
    }

    public static void MapFiles(this RouteGroupBuilder api)
    {
        var organization = api.MapOrganizationScope().WithTags("Files");
        var uploads = organization.MapGroup("/uploads").RequireTusVersion();
        DescribeUploads.Map(uploads);
        CreateUpload.Map(uploads);
        GetUploadOffset.Map(uploads);
        AppendToUpload.Map(uploads);
        TerminateUpload.Map(uploads);
        DownloadFile.Map(organization);
        DescribeFile.Map(organization);
    }
}
