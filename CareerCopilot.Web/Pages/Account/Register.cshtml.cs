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

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            var user = await accounts.RegisterAsync(Input.Email, Input.Password, Input.FullName, ct);
            await signIn.SignInAsync(user, isPersistent: false);
            TempData["Flash"] = "Welcome! Start by telling Career Co-Pilot about your skills and where you want to work.";
            return Redirect("/profile");
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddDomainErrors(e);
            return Page();
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("Input.Email", e.Message);
            return Page();
        }
    }
}
