using System.ComponentModel.DataAnnotations;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Hosting;
using CareerCopilot.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerCopilot.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignUp)]
public sealed class RegisterModel(AccountService accounts, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Your name")]
        [StringLength(Limits.MaxNameLength)]
        public string? FullName { get; set; }

        // The address itself is judged by the account rules, the same for this form and the API.
        [Required, StringLength(AccountRules.MaxEmailLength), Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required, StringLength(AccountRules.MaxPasswordLength, MinimumLength = AccountRules.MinPasswordLength,
            ErrorMessage = "Use at least {2} characters: a few unrelated words make a strong, memorable password.")]
        [DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectToPage("/Index") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        AppUser? user = null;
        var refusal = await Refusals.OfAsync(async () => user = await accounts.RegisterAsync(Input.Email, Input.Password, Input.FullName, ct));
        if (user is null)
        {
            // The one clash is an email already taken: it belongs beside the email.
            if (refusal is ConflictException taken) ModelState.AddModelError("Input.Email", taken.Message);
            else ModelState.AddRefusal(refusal!);
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return this.FlashAndRedirect("Welcome! Three steps take you to your first scored job.", "/Index");
    }
}
