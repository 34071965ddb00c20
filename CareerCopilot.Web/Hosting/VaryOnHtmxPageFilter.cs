using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace CareerCopilot.Web.Hosting;

/// <summary>
/// Every page handler may answer htmx with a fragment and a browser with the page, so every answer says it depends on
/// <c>HX-Request</c> (and on <c>HX-History-Restore-Request</c>, which asks for the page again): no cache may serve a
/// fragment for a page or the reverse. Written once here, not in each handler.
/// </summary>
public sealed class VaryOnHtmxPageFilter : IPageFilter
{
    public const string HtmxRequestHeader = "HX-Request";

    /// <summary>htmx restoring history sends <c>HX-Request</c> as well, and gets the page rather than the part.</summary>
    public const string HistoryRestoreHeader = "HX-History-Restore-Request";

    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        // A 404 re-executes the error page through this filter again; say it once.
        if (!headers.Vary.Any(v => v?.Contains(HtmxRequestHeader, StringComparison.OrdinalIgnoreCase) == true))
            headers.Append(HeaderNames.Vary, $"{HtmxRequestHeader}, {HistoryRestoreHeader}");
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
}
