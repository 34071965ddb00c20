using Microsoft.AspNetCore.Diagnostics;

namespace CareerCopilot.Web.Api;

/// <summary>
/// Where the API lives, and the one test of whether a request is an API request: everything under <c>/api</c> speaks
/// bearer tokens and problem details, everything else is a page.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "/api";
    public const string V1 = Prefix + "/v1";

    public static bool IsApi(PathString path) => path.StartsWithSegments(Prefix);

    public static bool IsApi(HttpRequest request) => IsApi(request.Path);

    /// <summary>
    /// The request as the client sent it: while an exception is handled the request points at the error page, and
    /// only the exception handler's feature still holds the original path.
    /// </summary>
    public static bool IsApi(HttpContext http) =>
        http.Features.Get<IExceptionHandlerPathFeature>() is { } failed ? IsApi(new PathString(failed.Path)) : IsApi(http.Request);
}
