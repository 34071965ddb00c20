using System.Globalization;
using System.Security.Cryptography;
using CareerCopilot.Web.Domain.Digests;
using Microsoft.AspNetCore.DataProtection;

namespace CareerCopilot.Web.Infrastructure.Email;

/// <summary>
/// The signed token of an unsubscribe link: the user's id, protected for one kind of digest, so a link turns off only
/// the digest it came with and cannot be forged or edited into another user's. It does not expire: old mails keep working.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    private IDataProtector For(DigestKind kind) => protection.CreateProtector("CareerCopilot.Digests.Unsubscribe", kind.ToString());

    public string Issue(int userId, DigestKind kind) => For(kind).Protect(userId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The user a token was issued to for this kind, or null when it is not one of ours (tampered, another kind, garbage).</summary>
    public int? Read(DigestKind kind, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000) return null;
        try
        {
            return int.TryParse(For(kind).Unprotect(token), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
