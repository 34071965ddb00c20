using CareerCopilot.Web.Domain.Digests;
using CareerCopilot.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages;

/// <summary>
/// A digest's unsubscribe link: no sign-in (the signed token names the user and the kind). A GET only asks, since mail
/// scanners follow links; the POST turns that digest off. Mail providers' one-click unsubscribe (RFC 8058) POSTs
/// <c>List-Unsubscribe=One-Click</c> to the same address with no token of ours, so this page takes no antiforgery token:
/// the signed token in the address is what proves the request.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(UnsubscribeTokens tokens, DigestService digests) : PageModel
{
    [FromRoute] public string? Kind { get; set; }
    [FromQuery] public string? Token { get; set; }

    public bool Invalid { get; private set; }
    public bool Done { get; private set; }
    public string KindName { get; private set; } = "";

    public IActionResult OnGet() => Read() is null ? Refuse() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Read() is not { } who) return Refuse();
        if (!await digests.UnsubscribeAsync(who.UserId, who.Kind, ct)) return Refuse();
        Done = true;
        return Page();
    }

    private (int UserId, DigestKind Kind)? Read()
    {
        if (DigestService.ParseKind(Kind) is not { } kind || tokens.Read(kind, Token) is not { } userId) return null;
        KindName = DigestService.Name(kind);
        return (userId, kind);
    }

    private PageResult Refuse()
    {
        Invalid = true;
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }
}
