using CareerCopilot.Web.Api;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

/// <summary>
/// The bookmarklet's wiring: the app's absolute address (<c>App:BaseUrl</c>) and the one CORS allowance of the app, for
/// the import endpoint. The personal-token scheme itself is in <see cref="ApiAuthentication"/>.
/// </summary>
public static class PersonalTokens
{
    public const string ImportCorsPolicy = "bookmarklet-import";

    /// <summary>The one endpoint other sites may call from a browser: the bookmarklet's import.</summary>
    public static readonly PathString ImportPath = new($"{ApiRoutes.V1}/jobs/import");

    public static IServiceCollection AddPersonalTokens(this IServiceCollection services)
    {
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.Section)
            .Validate(o => o.BaseUrl is null || AppOptions.IsValidBaseUrl(o.BaseUrl), "App:BaseUrl must be an absolute http or https address.")
            .ValidateOnStart();
        services.AddSingleton<AppAddress>();
        // Any origin, the token in a header, no cookies: AllowAnyOrigin cannot be combined with credentials.
        services.AddCors(o => o.AddPolicy(ImportCorsPolicy, p => p
            .AllowAnyOrigin().WithMethods(HttpMethods.Post).WithHeaders("Authorization", "Content-Type")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    public static bool IsImport(HttpContext http) => http.Request.Path.Equals(ImportPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>CORS for the import endpoint only, before authentication (a preflight carries no token); no other path sends any allowance.</summary>
    public static void UseBookmarkletCors(this IApplicationBuilder app) =>
        app.UseWhen(IsImport, import => import.UseCors(ImportCorsPolicy));
}

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
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(IsReachable);
        return (listening ?? $"{request.Scheme}://{request.Host}").TrimEnd('/') + request.PathBase;
    }

    /// <summary>An absolute URL of an app path from <c>Url.Page</c> (which carries the path base).</summary>
    public string Absolute(HttpRequest request, string appPath) =>
        Base(request) + (appPath.StartsWith(request.PathBase, StringComparison.OrdinalIgnoreCase) ? appPath[request.PathBase.Value!.Length..] : appPath);

    /// <summary>A wildcard host (<c>http://+:80</c>, <c>0.0.0.0</c>, <c>[::]</c>) names no address a browser can reach.</summary>
    private static bool IsReachable(string address) =>
        Uri.TryCreate(address.Replace("://+", "://wildcard.invalid", StringComparison.Ordinal).Replace("://*", "://wildcard.invalid", StringComparison.Ordinal),
            UriKind.Absolute, out var uri)
        && uri.Host is not ("wildcard.invalid" or "0.0.0.0" or "[::]" or "::");
}
