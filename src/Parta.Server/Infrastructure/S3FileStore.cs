using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Files in an S3-compatible bucket (<see cref="S3StorageOptions"/>). Uploads arrive on local disk first (tus parts
/// do not fit S3's 5 MiB minimum part) and are copied in as one object, in parts for big files; downloads go to the
/// storage itself through a short-lived signed link, so the bytes do not pass through Parta.
/// </summary>
public sealed class S3FileStore : IFileStore, IDisposable
{
    /// <summary>16 MiB parts: a 4 GiB file in 256 of S3's at most 10,000, one part in flight at a time.</summary>
    private const long PartBytes = 16L * 1024 * 1024;

    private readonly S3StorageOptions _options;
    private readonly AmazonS3Client _client;
    private readonly AmazonS3Client _signer;
    private readonly string _scratch;
    private readonly TimeProvider _clock;

    public S3FileStore(IOptions<S3StorageOptions> options, IOptions<PartaOptions> parta, TimeProvider clock)
    {
        _options = options.Value;
        _client = Connect(_options.ServiceUrl);
        _signer = string.IsNullOrWhiteSpace(_options.PublicUrl) ? _client : Connect(_options.PublicUrl);
        _scratch = Path.Combine(parta.Value.DataPath, "uploads");
        _clock = clock;
    }

    private AmazonS3Client Connect(string? serviceUrl)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = _options.ForcePathStyle,
            // The SDK's default checksums ride in aws-chunked bodies with trailers, which S3-compatibles store as part of
            // the object (s3rver kept 7 KB more than was sent): checksums only where the API requires them.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(serviceUrl)) config.RegionEndpoint = RegionEndpoint.GetBySystemName(_options.Region);
        else
        {
            config.ServiceURL = serviceUrl;
            config.AuthenticationRegion = _options.Region;
        }
        return new AmazonS3Client(new BasicAWSCredentials(_options.AccessKey, _options.SecretKey), config);
    }

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_scratch, $"save-{Guid.NewGuid():N}");
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
            await content.CopyToAsync(file, cancellationToken);
            return await MoveInAsync(file, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public async Task<string> MoveInAsync(FileStream file, CancellationToken cancellationToken)
    {
        var key = _options.KeyPrefix + FileStorage.NewKey();
        var length = file.Length;
        if (length <= PartBytes)
            await _client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _options.Bucket, Key = key, InputStream = new FileWindowStream(file.SafeFileHandle, 0, length),
                UseChunkEncoding = false,
            }, cancellationToken);
        else await PutInPartsAsync(key, file, length, cancellationToken);
        File.Delete(file.Name);
        return key;
    }

    private async Task PutInPartsAsync(string key, FileStream file, long length, CancellationToken cancellationToken)
    {
        var upload = await _client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = _options.Bucket, Key = key }, cancellationToken);
        try
        {
            var parts = new List<PartETag>();
            for (var (offset, number) = (0L, 1); offset < length; offset += PartBytes, number++)
            {
                var size = Math.Min(PartBytes, length - offset);
                var part = await _client.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = _options.Bucket, Key = key, UploadId = upload.UploadId, PartNumber = number, PartSize = size,
                    InputStream = new FileWindowStream(file.SafeFileHandle, offset, size), UseChunkEncoding = false,
                }, cancellationToken);
                parts.Add(new PartETag(number, part.ETag));
            }
            await _client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = _options.Bucket, Key = key, UploadId = upload.UploadId, PartETags = parts,
            }, cancellationToken);
        }
        catch
        {
            // Parts of an unfinished multipart upload are kept (and billed) until aborted.
            await _client.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = _options.Bucket, Key = key, UploadId = upload.UploadId },
                CancellationToken.None);
            throw;
        }
    }

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        (await _client.GetObjectAsync(_options.Bucket, key, cancellationToken)).ResponseStream;

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        _client.DeleteObjectAsync(_options.Bucket, key, cancellationToken);

    public Uri? DirectDownloadUrl(string key, string contentType, string contentDisposition)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = _options.Bucket, Key = key, Verb = HttpVerb.GET,
            Expires = _clock.GetUtcNow().UtcDateTime.AddSeconds(_options.DownloadLinkSeconds),
            Protocol = (_options.PublicUrl ?? _options.ServiceUrl)?.StartsWith("http:", StringComparison.OrdinalIgnoreCase) == true ? Protocol.HTTP : Protocol.HTTPS,
        };
        // The storage answers with Parta's decisions, not with what it guesses from the object.
        request.ResponseHeaderOverrides.ContentType = contentType;
        request.ResponseHeaderOverrides.ContentDisposition = contentDisposition;
        request.ResponseHeaderOverrides.CacheControl = "private, no-cache";
        return new Uri(_signer.GetPreSignedURL(request));
    }

    public void Dispose()
    {
        _client.Dispose();
        if (!ReferenceEquals(_signer, _client)) _signer.Dispose();
    }
}
