using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Capture;

/// <summary>What the server accepts as a link to read on a user's behalf, before anything is resolved or fetched.</summary>
public static class WebLinks
{
    public const int MaxLength = 2000;

    /// <summary>The link as a web address: required, at most <see cref="MaxLength"/>, absolute http(s), no credentials.</summary>
    public static Uri Parse(string? url)
    {
        var text = Text.Clean(url);
        if (text.Length == 0) throw new UrlNotAllowedException("A link is required.");
        if (text.Length > MaxLength) throw new UrlNotAllowedException($"A link is at most {MaxLength} characters.");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) throw new UrlNotAllowedException("That is not a web address.");
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            throw new UrlNotAllowedException($"Only http and https links are read, not {uri.Scheme}:.");
        if (uri.UserInfo.Length > 0) throw new UrlNotAllowedException("A link with a user name or password in it is not read.");
        if (string.IsNullOrEmpty(uri.Host)) throw new UrlNotAllowedException("The link has no host.");
        return uri;
    }
}
