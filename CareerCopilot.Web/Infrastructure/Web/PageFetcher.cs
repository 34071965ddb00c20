using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Capture;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.Web;

/// <summary>
/// The one way the server fetches a link a user gave it. Only http and https, no credentials in the link, common web
/// ports; redirects are followed here, one hop at a time up to a limit, each hop's link checked again, while
/// <see cref="GuardedConnections"/> checks every address a name resolves to before a socket opens. The whole fetch
/// has a deadline and the body is read only up to a size limit, so a slow or endless answer costs little.
/// </summary>
public sealed partial class PageFetcher(HttpClient http, IOptions<FetchOptions> options) : IPageFetcher
{
    public const string ClientName = "pages";
    private static readonly int[] WebPorts = [80, 443, 8080, 8443];

    public async Task<FetchedPage> FetchAsync(string url, CancellationToken ct)
    {
        var o = options.Value;
        var address = Checked(url);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(o.Timeout);
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= o.MaxRedirects) throw Failed($"The page redirected more than {o.MaxRedirects} times.");
                    var location = response.Headers.Location ?? throw Failed("The page redirected without saying where to.");
                    address = Checked(new Uri(address, location).AbsoluteUri);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw Failed($"The page answered {(int)response.StatusCode} ({response.ReasonPhrase}).");
                await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token);
                var (bytes, truncated) = await ReadUpToAsync(stream, o.MaxBytes, deadline.Token);
                var text = Decode(bytes, response.Content.Headers.ContentType?.CharSet);
                return new FetchedPage(address, response.Content.Headers.ContentType?.MediaType, text, truncated);
            }
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new FetchTimeoutException($"The page did not arrive within {o.Timeout.TotalSeconds:0} seconds.", e);
        }
        catch (HttpRequestException e) when ((e as AddressNotAllowedException ?? e.InnerException as AddressNotAllowedException) is { } refused)
        {
            throw new UrlNotAllowedException(refused.Message, e);
        }
        catch (HttpRequestException e)
        {
            throw Failed($"The page could not be reached: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // A connection cut mid-answer, or a body that does not inflate as its encoding says.
            throw Failed("The page's answer broke off or could not be read.", e);
        }
    }

    /// <summary>The link as it will be requested (a <see cref="WebLinks"/> link to a public host on a web port), or a refusal that says why not.</summary>
    public Uri Checked(string? url)
    {
        var uri = WebLinks.Parse(url);
        if (options.Value.AllowPrivateNetworks) return uri;
        // Names that mean this machine whatever DNS says (RFC 6761), refused before any lookup.
        var host = uri.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            throw NotAllowed($"{uri.Host} is this server itself, which is not fetched.");
        if (!uri.IsDefaultPort && !WebPorts.Contains(uri.Port))
            throw NotAllowed($"Links to port {uri.Port} are not fetched; only the usual web ports are.");
        return uri;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static UrlNotAllowedException NotAllowed(string message) => new(message);

    private static FetchFailedException Failed(string message, Exception? inner = null) => new(message, inner);

    private static async Task<(byte[] Bytes, bool Truncated)> ReadUpToAsync(Stream stream, int limit, CancellationToken ct)
    {
        var buffer = new byte[limit];
        var length = 0;
        int read;
        while (length < limit && (read = await stream.ReadAsync(buffer.AsMemory(length, limit - length), ct)) > 0) length += read;
        var truncated = length == limit && await stream.ReadAsync(new byte[1], ct) > 0;
        return (buffer[..length], truncated);
    }

    /// <summary>The charset the header names, else the one a meta tag near the top names, else UTF-8.</summary>
    private static string Decode(byte[] bytes, string? charset)
    {
        charset ??= MetaCharset().Match(Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048))) is { Success: true } m
            ? m.Groups[1].Value : null;
        Encoding encoding;
        try { encoding = charset is null ? Encoding.UTF8 : Encoding.GetEncoding(charset.Trim('"', '\'', ' ')); }
        catch (ArgumentException) { encoding = Encoding.UTF8; }
        return encoding.GetString(bytes);
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
