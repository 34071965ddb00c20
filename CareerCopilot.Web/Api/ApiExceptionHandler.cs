using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;

namespace CareerCopilot.Web.Api;

/// <summary>
/// Turns exceptions under /api into problem details: a rule's refusal answers its code's catalogue entry; anything
/// else is a 500 that says nothing about the code (ASVS 16.5.1). Pages fall through to the friendly error page.
/// </summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!ApiRoutes.IsApi(http)) return false;
        switch (exception)
        {
            case DomainException refused when ApiErrors.ForCode(refused.Code) is { } error:
                if (refused is TooSoonException soon)
                    http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(soon.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ApiProblems.WriteAsync(http, error, refused.Message, (refused as ValidationFailedException)?.Errors);
                return true;
            case ApiRequestException unreadable:
                await ApiProblems.WriteAsync(http, unreadable.Error, unreadable.Message);
                return true;
            case BadHttpRequestException bad:
                await ApiProblems.WriteAsync(http, ApiErrors.ForStatus(bad.StatusCode),
                    bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read.");
                return true;
            default:
                // A domain code missing from the catalogue lands here too: loud in the log, a bare 500 to the client.
                var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
                logger.LogError(exception, "Unhandled exception on {Method} {Path}", http.Request.Method, CalendarFeeds.Loggable(path));
                await ApiProblems.WriteAsync(http, ApiErrors.InternalError, "The server could not complete the request. It has been logged.");
                return true;
        }
    }
}
