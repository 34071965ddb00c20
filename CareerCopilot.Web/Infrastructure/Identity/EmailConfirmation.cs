using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Mail;
using CareerCopilot.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerCopilot.Web.Infrastructure.Identity;

/// <summary>Confirmation mails asked for again (the notification settings), per user and minute.</summary>
public sealed class ConfirmationMailAllowance(int perMinute) : UserAllowance("confirmation mails", perMinute);

/// <summary>
/// Proves an address belongs to the person who signed up with it, before any mail leaves the machine for it: a short mail
/// with a link to <c>/account/confirm-email</c> carrying Identity's confirmation token. With no SMTP server (mail stays in
/// the mail folder) nothing is sent and nothing is needed.
/// </summary>
public sealed class EmailConfirmation(
    UserManager<AppUser> users, IMailSender sender, AppAddress address, LinkGenerator links,
    ConfirmationMailAllowance allowance, ILogger<EmailConfirmation> log)
{
    public bool Required => sender.LeavesMachine;

    /// <summary>True when the user must still confirm their address before mail is sent to it.</summary>
    public bool Pending(AppUser user) => MailRules.NeedsConfirmation(sender.LeavesMachine, user.EmailConfirmed);

    /// <summary>After sign-up: sends the mail when one is needed. Never throws for the mail: a sign-up must not fail for it.</summary>
    public async Task SendAfterSignUpAsync(AppUser user, CancellationToken ct)
    {
        if (!Pending(user)) return;
        try
        {
            await SendAsync(user, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "The confirmation mail for new user {UserId} was not sent; they can ask for it again in their notification settings", user.Id);
        }
    }

    /// <summary>Asked for again: rate limited; a refusal from the mail server is the domain's "unavailable".</summary>
    public async Task ResendAsync(AppUser user, CancellationToken ct)
    {
        if (!Pending(user)) return;
        allowance.Take(user.Id);
        try
        {
            await SendAsync(user, ct);
        }
        catch (MailNotSentException e)
        {
            log.LogWarning("The confirmation mail for user {UserId} was not sent: {Error}", user.Id, e.Message);
            throw new Domain.Digests.MailUnavailableException();
        }
    }

    /// <summary>Confirms from the link's values; false for an unknown user or a bad or expired code.</summary>
    public async Task<bool> ConfirmAsync(string? userId, string? code)
    {
        if (await FindAsync(userId, code) is not { } found) return false;
        var result = await users.ConfirmEmailAsync(found.User, found.Token);
        if (!result.Succeeded) return false;
        log.LogInformation("User {UserId} confirmed their email address", found.User.Id);
        return true;
    }

    /// <summary>Whether the link names a user (the code is checked on confirming: a GET changes nothing).</summary>
    public async Task<bool> LooksValidAsync(string? userId, string? code) => await FindAsync(userId, code) is not null;

    private async Task<(AppUser User, string Token)?> FindAsync(string? userId, string? code)
    {
        // An id that is not a number would make the user store throw: a hand-edited link is simply not one of ours.
        if (!int.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out _) || string.IsNullOrEmpty(code) || code.Length > 2000) return null;
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
        return await users.FindByIdAsync(userId) is { } user ? (user, token) : null;
    }

    private async Task SendAsync(AppUser user, CancellationToken ct)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var path = links.GetPathByPage("/Account/ConfirmEmail", handler: null, new { userId = user.Id, code })
            ?? throw new InvalidOperationException("No route to the confirmation page.");
        var link = address.Absolute(path);
        var text = $"""
            Please confirm your email address for Career Co-Pilot

            Someone, we hope you, signed up with this address. Open this link and press "Confirm my address":
            {link}

            Until then no digests are mailed to you. If it was not you, ignore this mail: nothing more will come.
            """;
        var href = HtmlEncoder.Default.Encode(link);
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Confirm your email address</title></head>
            <body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px"><tr><td>
            <h1 style="font-size:20px;margin:0 0 12px">Please confirm your email address</h1>
            <p style="margin:0 0 16px">Someone, we hope you, signed up for Career Co-Pilot with this address. Open the link and press "Confirm my address".</p>
            <p style="margin:0 0 16px"><a href="{href}" style="display:inline-block;padding:10px 18px;background:#0d6efd;color:#ffffff;text-decoration:none;border-radius:6px">Confirm my address</a></p>
            <p style="margin:0 0 16px;font-size:14px">Or paste this address into your browser: {href}</p>
            <p style="margin:0;font-size:14px">Until then no digests are mailed to you. If it was not you, ignore this mail: nothing more will come.</p>
            </td></tr></table>
            </body></html>
            """;
        await sender.SendAsync(new OutgoingMail(user.Email!, "Confirm your email address for Career Co-Pilot", html, text), ct);
        log.LogInformation("A confirmation mail was sent to user {UserId}", user.Id);
    }
}
