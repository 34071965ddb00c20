using CareerCopilot.Web.Api;

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
