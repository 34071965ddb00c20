using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Accounts;

/// <summary>What a token may do: everything its user may, or only save jobs (the bookmarklet's, which runs inside other sites' pages).</summary>
public enum TokenScope { Full, ImportOnly }

/// <summary>
/// What a personal API token is: a marker (<c>ccp_</c>, or <c>ccpb_</c> for a bookmarklet's import-only token) and 32
/// random bytes in base64url (43 characters), kept only as the SHA-256 hex of the whole token and its first characters
/// for display. The scope is in the token itself, so it is covered by the hash: changing it makes an unknown token.
/// </summary>
public static class TokenRules
{
    public const string Marker = "ccp_";
    public const string ImportOnlyMarker = "ccpb_";
    public const int RandomBytes = 32;
    private const int RandomLength = 43;

    /// <summary>How many characters after the marker are kept to tell tokens apart.</summary>
    private const int DisplayCharacters = 4;

    public const int MaxNameLength = 100;
    public const int MaxPerUser = 20;

    /// <summary>A token's LastUsedAt is written at most this often, so a busy script does not write on every request.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public static string NewToken(TokenScope scope = TokenScope.Full) =>
        MarkerOf(scope) + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    private static string MarkerOf(TokenScope scope) => scope == TokenScope.ImportOnly ? ImportOnlyMarker : Marker;

    /// <summary>The scope a token's marker names (its shape is checked by <see cref="IsWellFormed"/>).</summary>
    public static TokenScope ScopeOf(string token) =>
        token.StartsWith(ImportOnlyMarker, StringComparison.Ordinal) ? TokenScope.ImportOnly : TokenScope.Full;

    /// <summary>A bearer value that claims to be a personal token (and not a JWT); its shape is checked, its truth is not.</summary>
    public static bool LooksLikeToken(string? value) =>
        value is not null && (value.StartsWith(Marker, StringComparison.Ordinal) || value.StartsWith(ImportOnlyMarker, StringComparison.Ordinal));

    /// <summary>Only tokens of the exact shape are looked up; anything else is refused without touching the database.</summary>
    public static bool IsWellFormed(string value)
    {
        if (!LooksLikeToken(value)) return false;
        var marker = MarkerOf(ScopeOf(value));
        return value.Length == marker.Length + RandomLength && value.AsSpan(marker.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0;
    }

    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>The stored form: lower-case SHA-256 hex of the token's UTF-8 bytes.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string DisplayPrefix(string token) => token[..(MarkerOf(ScopeOf(token)).Length + DisplayCharacters)];

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
