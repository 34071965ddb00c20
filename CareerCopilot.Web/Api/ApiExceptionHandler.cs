using CareerCopilot.Web.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace CareerCopilot.Web.Api;

/// <summary>
/// Turns exceptions under /api into problem details: a rule's refusal keeps its status and code; anything else is a
/// 500 that says nothing about the code (ASVS 16.5.1). Pages fall through to the friendly error page.
/// </summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        // By now the middleware has pointed the request at the error page; the feature keeps the original path.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)) return false;
        switch (exception)
        {
            case DomainException refused:
                await ApiProblems.Write(http, refused);
                return true;
            case ApiRequestException unreadable:
                await ApiProblems.Write(http, unreadable.Status, unreadable.Code, "The request cannot be read", unreadable.Message);
                return true;
            case BadHttpRequestException bad:
                await ApiProblems.Write(http, bad.StatusCode, ApiProblems.CodeFor(bad.StatusCode), "Bad request",
                    bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read.");
                return true;
            default:
                logger.LogError(exception, "Unhandled exception on {Method} {Path}", http.Request.Method, path);
                await ApiProblems.Write(http, StatusCodes.Status500InternalServerError, "internal_error", "Something went wrong",
                    "The server could not complete the request. It has been logged.");
                return true;
        }
    }
}
