using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Capture;

/// <summary>A page could not be fetched, for one of the reasons below.</summary>
public abstract class PageFetchException(string code, string message, Exception? inner) : DomainException(code, message)
{
    public Exception? Cause { get; } = inner;
}

/// <summary>The link is not one the server fetches on anyone's behalf (400).</summary>
public sealed class UrlNotAllowedException(string message, Exception? inner = null) : PageFetchException("url_not_allowed", message, inner);

/// <summary>The page could not be reached or answered with an error (502).</summary>
public sealed class FetchFailedException(string message, Exception? inner = null) : PageFetchException("fetch_failed", message, inner);

/// <summary>The page did not arrive in time (504).</summary>
public sealed class FetchTimeoutException(string message, Exception? inner = null) : PageFetchException("fetch_timeout", message, inner);
