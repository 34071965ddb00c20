using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Profiles;
using Microsoft.AspNetCore.Identity;

namespace CareerCopilot.Web.Infrastructure.Identity;

/// <summary>Sign-up for both doors: the account, its empty profile, Identity's refusals as field errors, the confirmation mail.</summary>
public sealed class AccountService(UserManager<AppUser> users, AppDbContext db, EmailConfirmation confirmation, TimeProvider clock)
{
    public async Task<AppUser> RegisterAsync(string? email, string? password, string? fullName, CancellationToken ct)
    {
        var v = new Validation();
        var address = v.Required("email", "Email", email, AccountRules.MaxEmailLength);
        if (address.Length > 0 && !AccountRules.IsEmail(address)) v.Add("email", "Enter an email address such as ana@example.com.");
        if (string.IsNullOrEmpty(password)) v.Add("password", "Password is required.");
        var name = v.Optional("full_name", "Full name", fullName, Limits.MaxNameLength);
        v.ThrowIfInvalid();

        if (await users.FindByEmailAsync(address) is not null)
            throw new ConflictException("duplicate", "An account with this email already exists.");

        var user = new AppUser { UserName = address, Email = address, CreatedAt = clock.GetUtcNow().UtcDateTime };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                v.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            v.ThrowIfInvalid();
        }
        db.Profiles.Add(new UserProfile { UserId = user.Id, FullName = name });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        // When mail leaves the machine, the address is proved before anything is mailed to it; a lost mail never undoes the sign-up.
        await confirmation.SendAfterSignUpAsync(user, ct);
        return user;
    }
}
