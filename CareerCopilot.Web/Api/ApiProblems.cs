using CareerCopilot.Web.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace CareerCopilot.Web.Api;

/// <summary>RFC 7807 problem details with the API's <c>error_code</c> and <c>timestamp</c>.</summary>
public static class ApiProblems
{
    public static ProblemDetails Create(HttpContext http, int status, string code, string title, string detail,
        IReadOnlyDictionary<string, string[]>? errors = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["error_code"] = code;
        problem.Extensions["timestamp"] = TimeProvider(http).GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        if (errors is not null) problem.Extensions["errors"] = errors;
        return problem;
    }

    public static async Task Write(HttpContext http, int status, string code, string title, string detail,
        IReadOnlyDictionary<string, string[]>? errors = null)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(Create(http, status, code, title, detail, errors), (System.Text.Json.JsonSerializerOptions?)null,
            "application/problem+json");
    }

    public static (int Status, string Title) Describe(DomainException exception) => exception switch
    {
        ValidationFailedException => (StatusCodes.Status400BadRequest, "The request is not valid"),
        NotFoundException => (StatusCodes.Status404NotFound, "Not found"),
        ConflictException { Code: "invalid_transition" } => (StatusCodes.Status422UnprocessableEntity, "The change is not allowed"),
        ConflictException => (StatusCodes.Status409Conflict, "Conflict"),
        _ => (StatusCodes.Status400BadRequest, "Bad request"),
    };

    /// <summary>The same body as an endpoint result.</summary>
    public static IResult Result(HttpContext http, int status, string code, string title, string detail) =>
        Results.Json(Create(http, status, code, title, detail), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", status);

    public static Task Write(HttpContext http, DomainException exception)
    {
        var (status, title) = Describe(exception);
        return Write(http, status, exception.Code, title, exception.Message, (exception as ValidationFailedException)?.Errors);
    }

    /// <summary>Framework-made errors (404 of an unknown route, 405, 415) get a code from their status.</summary>
    public static string CodeFor(int status) => status switch
    {
        400 => "bad_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        422 => "unprocessable",
        429 => "rate_limited",
        503 => "unavailable",
        _ => status >= 500 ? "internal_error" : "error",
    };

    private static TimeProvider TimeProvider(HttpContext http) =>
        http.RequestServices.GetService<TimeProvider>() ?? System.TimeProvider.System;
}
