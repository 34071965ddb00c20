using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Accounts;

/// <summary>
/// What a personal API token is: <c>ccp_</c> and 32 random bytes in base64url (43 characters), kept only as the SHA-256
/// hex of the whole token and its first characters for display.
/// </summary>
public static class TokenRules
{
    public const string Marker = "ccp_";
    public const int RandomBytes = 32;

    /// <summary>The whole token's length: the marker and 43 base64url characters.</summary>
    public const int Length = 4 + 43;

    /// <summary>How many characters of the token are kept to tell tokens apart (the marker and four more).</summary>
    public const int DisplayLength = 8;

    public const int MaxNameLength = 100;
    public const int MaxPerUser = 20;

    /// <summary>A token's LastUsedAt is written at most this often, so a busy script does not write on every request.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public static string NewToken() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>A bearer value that claims to be a personal token (and not a JWT); its shape is checked, its truth is not.</summary>
    public static bool LooksLikeToken(string? value) => value is not null && value.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>Only tokens of the exact shape are looked up; anything else is refused without touching the database.</summary>
    public static bool IsWellFormed(string value) =>
        value.Length == Length && value.StartsWith(Marker, StringComparison.Ordinal)
        && value.AsSpan(Marker.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0;

    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>The stored form: lower-case SHA-256 hex of the token's UTF-8 bytes.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string DisplayPrefix(string token) => token[..DisplayLength];

    /// <summary>The name a token is made with: required, trimmed, at most <see cref="MaxNameLength"/> characters.</summary>
    public static string Name(string? name)
    {
        var v = new Validation();
        var clean = v.Required("name", "Name", name, MaxNameLength);
        v.ThrowIfInvalid();
        return clean;
    }

    /// <summary>A user with <see cref="MaxPerUser"/> tokens revokes one before making another.</summary>
    public static void CheckRoom(int existing)
    {
        if (existing >= MaxPerUser)
            throw ValidationFailedException.For("name", $"You have {MaxPerUser} tokens, the most an account can have: revoke one you no longer use first.");
    }

    public static bool IsDueForTouch(DateTime? lastUsedAt, DateTime now) => lastUsedAt is not { } last || now - last >= TouchInterval;
}
