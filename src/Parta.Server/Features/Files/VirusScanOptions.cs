using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Parta.Server.Features.Files;

/// <summary>
/// FILE-4 virus scanning by ClamAV's clamd, section <c>Files:Scanner</c> (PARTA_FILES__SCANNER__CLAMDADDRESS; docs/operations.md).
/// Without an address, files are served unscanned and say so.
/// </summary>
public sealed class VirusScanOptions : IValidatableObject
{
    public const string Section = "Files:Scanner";

    /// <summary>clamd's <c>TCPAddr:TCPSocket</c>, such as <c>127.0.0.1:3310</c>, or the path of its <c>LocalSocket</c>.</summary>
    public string? ClamdAddress { get; set; }

    /// <summary>While clamd cannot be reached, pending files are tried again this often.</summary>
    [Range(1, 3600)] public int RetrySeconds { get; set; } = 30;

    /// <summary>
    /// The largest file sent to clamd: clamd's own StreamMaxLength and MaxFileSize (100 MB each by default; ClamAV scans
    /// nothing over 2 GB). A file over clamd's MaxFileSize would come back «OK» unscanned, so larger files are never sent
    /// and stay pending: only their uploaders may download them. Raise it together with clamd's limits.
    /// </summary>
    [Range(1, 2L * 1024 * 1024 * 1024)] public long MaxScanBytes { get; set; } = 100L * 1024 * 1024;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClamdAddress);

    /// <summary>Where clamd listens; null when the address is neither a socket path nor host:port.</summary>
    public EndPoint? Endpoint()
    {
        var address = ClamdAddress!.Trim();
        if (address.StartsWith('/')) return new System.Net.Sockets.UnixDomainSocketEndPoint(address);
        var colon = address.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(address[(colon + 1)..], out var port) || port is < 1 or > 65535) return null;
        var host = address[..colon].Trim('[', ']');
        return IPAddress.TryParse(host, out var ip) ? new IPEndPoint(ip, port) : new DnsEndPoint(host, port);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && Endpoint() is null)
            yield return new ValidationResult("must be clamd's host:port (127.0.0.1:3310) or the path of its socket (/run/clamav/clamd.ctl)", [nameof(ClamdAddress)]);
    }
}
