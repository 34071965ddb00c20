using Microsoft.AspNetCore.WebUtilities;

namespace CareerCopilot.Web.Api;

/// <summary>One kind of API error: the stable <c>error_code</c> clients switch on, its HTTP status and its title.</summary>
public sealed record ApiError(string Code, int Status, string Title);

/// <summary>
/// Every error the API answers, in one place (docs/api.md lists them for clients). A domain refusal finds its entry
/// by its code, so the status of a code is decided here once, whichever door or exception type raised it.
/// </summary>
public static class ApiErrors
{
    public static readonly ApiError ValidationFailed = new("validation_failed", StatusCodes.Status400BadRequest, "The request is not valid");
    public static readonly ApiError MalformedJson = new("malformed_json", StatusCodes.Status400BadRequest, "The request is not valid");
    public static readonly ApiError InvalidStatus = new("invalid_status", StatusCodes.Status400BadRequest, "The request is not valid");
    public static readonly ApiError UrlNotAllowed = new("url_not_allowed", StatusCodes.Status400BadRequest, "The link is not fetched");
    public static readonly ApiError ArchiveTooLarge = new("archive_too_large", StatusCodes.Status400BadRequest, "The file cannot be read");
    public static readonly ApiError BadRequest = new("bad_request", StatusCodes.Status400BadRequest, "Bad request");
    public static readonly ApiError Unauthorized = new("unauthorized", StatusCodes.Status401Unauthorized, "Unauthorized");
    public static readonly ApiError InvalidCredentials = new("invalid_credentials", StatusCodes.Status401Unauthorized, "Unauthorized");
    public static readonly ApiError Forbidden = new("forbidden", StatusCodes.Status403Forbidden, "Forbidden");
    public static readonly ApiError NotFound = new("not_found", StatusCodes.Status404NotFound, "Not found");
    public static readonly ApiError MethodNotAllowed = new("method_not_allowed", StatusCodes.Status405MethodNotAllowed, "Method Not Allowed");
    public static readonly ApiError Duplicate = new("duplicate", StatusCodes.Status409Conflict, "Conflict");
    public static readonly ApiError Conflict = new("conflict", StatusCodes.Status409Conflict, "Conflict");
    public static readonly ApiError Unsubscribed = new("unsubscribed", StatusCodes.Status409Conflict, "The digest is off");
    public static readonly ApiError EmailUnconfirmed = new("email_unconfirmed", StatusCodes.Status409Conflict, "The email address is not confirmed");
    public static readonly ApiError PayloadTooLarge = new("payload_too_large", StatusCodes.Status413PayloadTooLarge, "The request cannot be read");
    public static readonly ApiError UnsupportedMediaType = new("unsupported_media_type", StatusCodes.Status415UnsupportedMediaType, "The request cannot be read");
    public static readonly ApiError InvalidTransition = new("invalid_transition", StatusCodes.Status422UnprocessableEntity, "The change is not allowed");
    public static readonly ApiError Unprocessable = new("unprocessable", StatusCodes.Status422UnprocessableEntity, "Unprocessable Entity");
    public static readonly ApiError NoJobFound = new("no_job_found", StatusCodes.Status422UnprocessableEntity, "No job found");
    public static readonly ApiError LockedOut = new("locked_out", StatusCodes.Status423Locked, "Locked");
    public static readonly ApiError RateLimited = new("rate_limited", StatusCodes.Status429TooManyRequests, "Too many requests");
    public static readonly ApiError InternalError = new("internal_error", StatusCodes.Status500InternalServerError, "Something went wrong");
    public static readonly ApiError FetchFailed = new("fetch_failed", StatusCodes.Status502BadGateway, "The page could not be fetched");
    public static readonly ApiError FetchTimeout = new("fetch_timeout", StatusCodes.Status504GatewayTimeout, "The page could not be fetched");
    public static readonly ApiError Unavailable = new("unavailable", StatusCodes.Status503ServiceUnavailable, "Service Unavailable");

    public static IReadOnlyList<ApiError> All { get; } =
    [
        ValidationFailed, MalformedJson, InvalidStatus, UrlNotAllowed, ArchiveTooLarge, BadRequest, Unauthorized,
        InvalidCredentials, Forbidden, NotFound, MethodNotAllowed, Duplicate, Conflict, Unsubscribed, EmailUnconfirmed, PayloadTooLarge, UnsupportedMediaType,
        InvalidTransition, Unprocessable, NoJobFound, LockedOut, RateLimited, InternalError, FetchFailed, FetchTimeout, Unavailable,
    ];

    private static readonly Dictionary<string, ApiError> ByCode = All.ToDictionary(e => e.Code, StringComparer.Ordinal);

    /// <summary>The generic error of a status, for errors the framework makes itself (no route, wrong method, ...).</summary>
    private static readonly Dictionary<int, ApiError> ByStatus = new[]
    {
        BadRequest, Unauthorized, Forbidden, NotFound, MethodNotAllowed, Conflict, PayloadTooLarge, UnsupportedMediaType,
        Unprocessable, RateLimited, InternalError, Unavailable,
    }.ToDictionary(e => e.Status);

    /// <summary>The entry of a domain refusal's code; null for a code the catalogue does not know (a bug, answered as a 500).</summary>
    public static ApiError? ForCode(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>A status no entry stands for still gets a code: <c>internal_error</c> for 5xx, <c>error</c> otherwise.</summary>
    public static ApiError ForStatus(int status) => ByStatus.GetValueOrDefault(status)
        ?? new ApiError(status >= 500 ? InternalError.Code : "error", status, ReasonPhrases.GetReasonPhrase(status));
}
