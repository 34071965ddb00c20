using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CareerCopilot.Web.Infrastructure.Identity;

/// <summary>Refuses common passwords and the account's own email, for web sign-up and the API alike.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null) return Task.FromResult(IdentityResult.Success);
        if (password.Length > AccountRules.MaxPasswordLength)
            return Fail("PasswordTooLong", $"Passwords must be at most {AccountRules.MaxPasswordLength} characters.");
        var localPart = user.Email?.Split('@')[0];
        if (CommonPasswords.IsCommon(password)
            || (localPart is { Length: > 3 } && password.Contains(localPart, StringComparison.OrdinalIgnoreCase)))
            return Fail("PasswordTooCommon", "This password is too common or too easy to guess; try a phrase of a few unrelated words.");
        return Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));
}
