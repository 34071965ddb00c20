using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; } = 500;
    public string? RequestId { get; private set; }

    public string Heading => Code switch
    {
        404 => "We could not find that page",
        403 => "That is not yours to see",
        400 => "That request did not look right",
        413 => "That is too much to send at once",
        429 => "Too many attempts",
        _ => "Something went wrong on our side",
    };

    public string Explanation => Code switch
    {
        404 => "The link may be old, or the item was deleted.",
        400 => "Please go back and try again.",
        413 => "Please go back and shorten the text, then try again.",
        429 => "Please wait a minute, then try again.",
        _ => "It has been logged. Please try again in a moment.",
    };

    public IActionResult OnGet(int? code) => Render(code);

    public IActionResult OnPost(int? code) => Render(code);

    private PageResult Render(int? code)
    {
        var status = code ?? Response.StatusCode;
        Code = status is >= 400 and <= 599 ? status : 500;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
        return Page();
    }
}
