using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Hosting;
using CareerCopilot.Web.Infrastructure.Bookmarklet;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Settings;

/// <summary>
/// Personal API tokens (made, shown once, revoked) and the "Save to Career Co-Pilot" bookmarklet, made with a token of
/// its own. A new token is the answer to the POST that made it, never stored for a redirect: it exists only on that page.
/// </summary>
public sealed class IndexModel(PersonalTokenService tokens, AppAddress address, TimeProvider clock, Dates dates) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<PersonalToken> Tokens { get; private set; } = [];

    /// <summary>The token just made, shown this once.</summary>
    public NewPersonalToken? Made { get; private set; }

    /// <summary>The bookmarklet just made, for the token it carries.</summary>
    public string? BookmarkletLink { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Name")] public string? Name { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Makes a token named by the user and shows it once.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refusal = await Refusals.OfAsync(async () => Made = await tokens.CreateAsync(User.UserId(), Input.Name, ct));
        if (refusal is not null) ModelState.AddRefusal(refusal);
        else
        {
            ModelState.Clear();
            Input = new InputModel();
            if (Request.IsHtmx()) this.Toast($"Token “{Made!.Row.Name}” made. Copy it now: it is shown only once.");
        }
        await LoadAsync(ct);
        return this.FragmentOrPage("_Tokens");
    }

    /// <summary>Makes a token for a bookmarklet and the bookmarklet that carries it.</summary>
    public async Task<IActionResult> OnPostBookmarkletAsync(CancellationToken ct)
    {
        var today = (await dates.ForUserAsync(User, ct)).Date(clock.GetUtcNow().UtcDateTime);
        var name = $"Bookmarklet, {today}";
        // The bookmarklet runs inside other sites' pages, which could read its token: it may only save jobs.
        var refusal = await Refusals.OfAsync(async () => Made = await tokens.CreateAsync(User.UserId(), name, ct, TokenScope.ImportOnly));
        if (refusal is not null) ModelState.AddModelError(string.Empty, refusal.Message);
        else
        {
            BookmarkletLink = BookmarkletScript.Link(Settings(Made!.Token));
            if (Request.IsHtmx()) this.Toast("Your bookmarklet is ready: drag it to your bookmarks bar.");
        }
        await LoadAsync(ct);
        return this.FragmentOrPage("_Tokens");
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var token = (await tokens.ListAsync(User.UserId(), ct)).FirstOrDefault(t => t.Id == id);
        await tokens.RevokeAsync(User.UserId(), id, ct);
        var message = $"Token “{token?.Name}” revoked: scripts and bookmarklets that use it stop working now.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message);
        this.Toast(message);
        await LoadAsync(ct);
        return Partial("_Tokens", this);
    }

    /// <summary>The bookmarklet's addresses, absolute (<c>App:BaseUrl</c>): it runs on other sites.</summary>
    public BookmarkletSettings Settings(string token)
    {
        var standIn = int.MaxValue.ToString(CultureInfo.InvariantCulture);
        return new BookmarkletSettings(
            ImportUrl: address.Absolute(Request, PersonalTokens.ImportPath),
            JobsUrl: address.Absolute(Request, Url.Page("/Jobs/Index")!),
            JobUrl: address.Absolute(Request, Url.Page("/Jobs/Details", new { id = int.MaxValue })!).Replace(standIn, "{id}", StringComparison.Ordinal),
            SettingsUrl: address.Absolute(Request, Url.Page("/Settings/Index")!),
            Token: token);
    }

    private async Task LoadAsync(CancellationToken ct) => Tokens = await tokens.ListAsync(User.UserId(), ct);
}
