using CareerCopilot.Web.Api;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Infrastructure.Identity;
using Htmx;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CareerCopilot.Web.Hosting;

public static class Accounts
{
    public const string LoginPath = "/account/login";

    public static void AddAccounts(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole<int>>(o =>
            {
                // ASVS 6.2.1 and 6.2.5: length, not composition.
                o.Password.RequiredLength = AccountRules.MinPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();

        // ASVS 5 Appendix C: PBKDF2-HMAC-SHA512 at 210,000 iterations.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = LoginPath;
            o.Cookie.Name = "CareerCopilot.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            // Set the one event: replacing Events would drop Identity's security-stamp validation.
            o.Events.OnRedirectToLogin = RedirectToLogin;
        });
    }

    /// <summary>
    /// An htmx request whose session expired must not get the sign-in page swapped into a fragment: it gets 401 and
    /// <c>HX-Redirect</c>, which htmx follows with a full navigation. The API never redirects.
    /// </summary>
    private static Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        if (ApiRoutes.IsApi(request) || context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<NoSignInRedirect>() is not null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        if (request.IsHtmx())
        {
            var returnTo = Uri.TryCreate(request.Headers["HX-Current-URL"], UriKind.Absolute, out var current)
                ? current.PathAndQuery : "/";
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            // The body must stay empty: htmx follows the header, and an error page here would be swapped in.
            if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            context.Response.Headers["HX-Redirect"] = $"{LoginPath}?ReturnUrl={Uri.EscapeDataString(returnTo)}";
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Marks a page-side endpoint that answers a stranger 401 rather than sending them to sign in: an event stream, which an EventSource cannot follow to a page.</summary>
public sealed class NoSignInRedirect;

