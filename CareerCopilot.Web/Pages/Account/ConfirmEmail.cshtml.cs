using CareerCopilot.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Account;

/// <summary>
/// The link of the confirmation mail. No sign-in needed (it may be opened on another device). A GET only asks, since mail
/// scanners follow links; the POST confirms. A link that names nobody, or a code that is wrong or expired, is a 400 page.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(EmailConfirmation confirmation) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }

    public bool Invalid { get; private set; }
    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await confirmation.LooksValidAsync(UserId, Code) ? Page() : Refuse();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await confirmation.ConfirmAsync(UserId, Code)) return Refuse();
        Done = true;
        return Page();
    }

    private PageResult Refuse()
    {
        Invalid = true;
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }
}
