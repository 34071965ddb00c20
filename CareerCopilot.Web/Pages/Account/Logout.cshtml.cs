using CareerCopilot.Web.Data;
using CareerCopilot.Web.Hosting;
using CareerCopilot.Web.Domain.Events;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Account;

/// <summary>
/// Sign-out is a POST only: a link or an image on another site must not be able to sign the user out. A GET (a typed
/// or bookmarked address) asks first, with the form that does it.
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, IUserEvents events) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The user's open pages stop hearing their events at once (their streams end; an EventSource reconnecting is refused).
        if (User.Identity?.IsAuthenticated == true) events.EndStreams(User.UserId());
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
