using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace CareerCopilot.Web.Api;

/// <summary>
/// The one way an API error is written: RFC 7807 problem details through the framework's
/// <see cref="IProblemDetailsService"/>, with the catalogue's status, title and <c>error_code</c>.
/// </summary>
public static class ApiProblems
{
    private const string ErrorCodeKey = "error_code";
    private const string TimestampKey = "timestamp";
    private const string ErrorsKey = "errors";

    public static async Task WriteAsync(HttpContext http, ApiError error, string detail, IReadOnlyDictionary<string, string[]>? errors = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = error.Status, Title = error.Title, Detail = detail };
        problem.Extensions[ErrorCodeKey] = error.Code;
        if (errors is not null) problem.Extensions[ErrorsKey] = errors;
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        http.Response.StatusCode = error.Status;
        // WriteAsync, not TryWriteAsync: under /api the API's writer always writes, so a refusal here is a wiring bug.
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    /// <summary>The same answer as an endpoint's result.</summary>
    public static IResult Result(ApiError error, string detail, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new ProblemResult(error, detail, extensions);

    /// <summary>
    /// Every problem the app writes, its own or the framework's (an unknown route, a wrong method): a code and a
    /// title from the catalogue when it has none, and the time it was answered.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!problem.Extensions.ContainsKey(ErrorCodeKey))
        {
            var error = ApiErrors.ForStatus(status);
            problem.Status = status;
            problem.Title ??= error.Title;
            problem.Detail ??= status == StatusCodes.Status404NotFound ? "No such resource." : "The request could not be served.";
            problem.Extensions[ErrorCodeKey] = error.Code;
        }
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        problem.Extensions[TimestampKey] = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private sealed class ProblemResult(ApiError error, string detail, IReadOnlyDictionary<string, object?>? extensions) : IResult
    {
        public Task ExecuteAsync(HttpContext http) => WriteAsync(http, error, detail, extensions: extensions);
    }
}
