using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The absolute address used in emails, feeds and the bookmarklet; empty means the first address Kestrel listens on.</summary>
    public string? BaseUrl { get; set; }

    public static bool IsValidBaseUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo);
}

/// <summary>The app's absolute address: <c>App:BaseUrl</c>, else the first address Kestrel listens on, else the request's own origin.</summary>
public sealed class AppAddress(IOptions<AppOptions> options, IServer server)
{
    /// <summary>The base, without a trailing slash, for a path the app generated (which starts with the request's path base).</summary>
    public string Base(HttpRequest request)
    {
        if (options.Value.BaseUrl is { Length: > 0 } configured)
            return configured.TrimEnd('/');
        return (Listening() ?? $"{request.Scheme}://{request.Host}").TrimEnd('/') + request.PathBase;
    }

    /// <summary>
    /// The base with no request at hand (the scheduler's mail): <c>App:BaseUrl</c>, else the first address Kestrel listens
    /// on, else <c>http://localhost</c>, which only reaches a browser on this machine (set <c>App:BaseUrl</c>).
    /// </summary>
    public string Base() =>
        options.Value.BaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : (Listening() ?? "http://localhost").TrimEnd('/');

    /// <summary>An absolute URL of a path generated without a request (<c>LinkGenerator.GetPathByPage</c>, no path base).</summary>
    public string Absolute(string appPath) => Base() + appPath;

    private string? Listening() => server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(IsReachable);

    /// <summary>An absolute URL of an app path from <c>Url.Page</c> (which carries the path base).</summary>
    public string Absolute(HttpRequest request, string appPath) =>
        Base(request) + (appPath.StartsWith(request.PathBase, StringComparison.OrdinalIgnoreCase) ? appPath[request.PathBase.Value!.Length..] : appPath);

    /// <summary>A wildcard host (<c>http://+:80</c>, <c>0.0.0.0</c>, <c>[::]</c>) names no address a browser can reach.</summary>
    private static bool IsReachable(string address) =>
        Uri.TryCreate(address.Replace("://+", "://wildcard.invalid", StringComparison.Ordinal).Replace("://*", "://wildcard.invalid", StringComparison.Ordinal),
            UriKind.Absolute, out var uri)
        && uri.Host is not ("wildcard.invalid" or "0.0.0.0" or "[::]" or "::");
}
