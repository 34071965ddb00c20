using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages;

/// <summary>
/// The answers of a handler htmx calls, written once: the fragment to htmx and the whole page to a browser; after a
/// change, a toast (and the events that refresh other parts) to htmx, post-redirect-get with a flash message to a
/// browser. <c>Vary: HX-Request</c> is added to every answer by <c>VaryOnHtmxPageFilter</c>.
/// </summary>
public static class HtmxHandlers
{
    /// <summary>Where the layout finds the message to show once on the next page.</summary>
    public const string FlashKey = "Flash";

    /// <summary>
    /// The part to htmx, the whole page otherwise. htmx restoring history (Back, Forward, with no history cache) asks
    /// with <c>HX-Request</c> too, and must get the whole page: it takes the layout's history element from it.
    /// </summary>
    public static IActionResult FragmentOrPage(this PageModel page, string partialName) =>
        page.WantsWholePage() ? page.Page() : page.Partial(partialName, page);

    /// <summary>Whether the answer will be the whole page, so a handler loads only what the part it sends needs.</summary>
    public static bool WantsWholePage(this PageModel page) => !page.Request.IsHtmx() || page.Request.IsHtmxHistoryRestoreRequest();

    /// <summary>
    /// The message shows once on the page the browser lands on (the current one unless named). htmx is sent there
    /// with <c>HX-Redirect</c>, a full navigation, for a change that leaves nothing to show where it was made.
    /// </summary>
    public static IActionResult FlashAndRedirect(this PageModel page, string message, string? pageName = null, object? routeValues = null)
    {
        page.TempData[FlashKey] = message;
        if (!page.Request.IsHtmx()) return page.RedirectToPage(pageName, routeValues);
        var url = page.Url.Page(pageName, routeValues)!;
        page.Response.Htmx(h => h.Redirect(url));
        return page.Content("", "text/html");
    }

    /// <summary>
    /// A toast with an Undo for htmx, after the events that refresh the other parts. Undo posts (with the antiforgery
    /// token) to <paramref name="undoUrl"/>, a handler of its own, and swaps its answer into <paramref name="target"/>
    /// when that part is on the page. Offer it only when the reverse is allowed.
    /// </summary>
    public static void ToastWithUndo(this PageModel page, string message, string undoUrl, string target, params string[] events) =>
        page.Response.Htmx(h =>
        {
            foreach (var e in events) h.WithTrigger(e);
            h.WithTrigger(HtmxEvents.ShowUndo, new Dictionary<string, string> { ["message"] = message, ["url"] = undoUrl, ["target"] = target });
        });

    /// <summary>A refusal (or a partial one: <c>warning</c>) as a toast that reads as one.</summary>
    public static void ToastRefusal(this PageModel page, string message, string kind = "danger") =>
        page.Response.Htmx(h => h.WithTrigger(HtmxEvents.ShowMessage, new { value = message, kind }));

    /// <summary>A toast for htmx, after the events that make the other parts refresh themselves.</summary>
    public static void Toast(this PageModel page, string message, params string[] events) =>
        page.Response.Htmx(h =>
        {
            foreach (var e in events) h.WithTrigger(e);
            h.WithTrigger(HtmxEvents.ShowMessage, message);
        });
}
