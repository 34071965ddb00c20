using System.Security.Cryptography;
using System.Text;
using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Tests.Domain.Accounts;

public sealed class TokenRulesTests
{
    [Fact]
    public void A_new_token_is_the_marker_and_43_base64url_characters_and_never_repeats()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => TokenRules.NewToken()).ToList();
        Assert.All(tokens, t =>
        {
            Assert.StartsWith("ccp_", t, StringComparison.Ordinal);
            Assert.Equal(47, t.Length);
            Assert.Matches("^ccp_[A-Za-z0-9_-]{43}$", t);
            Assert.True(TokenRules.IsWellFormed(t));
        });
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_stored_hash_is_the_lower_hex_sha256_of_the_whole_token()
    {
        var token = TokenRules.NewToken();
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();
        Assert.Equal(expected, TokenRules.Hash(token));
        Assert.Equal(64, TokenRules.Hash(token).Length);
        Assert.DoesNotContain(token[4..], TokenRules.Hash(token), StringComparison.Ordinal);
        Assert.Equal(token[..8], TokenRules.DisplayPrefix(token));
    }

    [Theory]
    [InlineData("ccp_short")]
    [InlineData("ccp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("ccp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("xyz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.sig")]
    public void A_value_not_of_the_exact_shape_is_not_well_formed(string value) => Assert.False(TokenRules.IsWellFormed(value));

    [Fact]
    public void An_import_only_token_carries_its_scope_in_its_marker()
    {
        var token = TokenRules.NewToken(TokenScope.ImportOnly);

        Assert.Matches("^ccpb_[A-Za-z0-9_-]{43}$", token);
        Assert.True(TokenRules.IsWellFormed(token));
        Assert.Equal(TokenScope.ImportOnly, TokenRules.ScopeOf(token));
        Assert.Equal(TokenScope.Full, TokenRules.ScopeOf(TokenRules.NewToken()));
        Assert.Equal(token[..9], TokenRules.DisplayPrefix(token));
        // The marker is part of what is hashed: the same secret under the other marker is another, unknown token.
        Assert.NotEqual(TokenRules.Hash(token), TokenRules.Hash("ccp_" + token[5..]));
        Assert.False(TokenRules.IsWellFormed("ccpb_" + token[5..^1]));
    }

    [Fact]
    public void Only_a_bearer_value_with_the_marker_is_taken_for_a_personal_token()
    {
        Assert.True(TokenRules.LooksLikeToken("ccp_anything"));
        Assert.True(TokenRules.LooksLikeToken("ccpb_anything"));
        Assert.False(TokenRules.LooksLikeToken("eyJhbGciOiJIUzI1NiJ9.e30.sig"));
        Assert.False(TokenRules.LooksLikeToken(null));
    }

    [Fact]
    public void A_name_is_required_trimmed_and_at_most_100_characters()
    {
        Assert.Equal("Bookmarklet", TokenRules.Name("  Bookmarklet \u200B"));
        var blank = Assert.Throws<ValidationFailedException>(() => TokenRules.Name("   "));
        Assert.Equal(["Name is required."], blank.Errors["name"]);
        var tooLong = Assert.Throws<ValidationFailedException>(() => TokenRules.Name(new string('a', 101)));
        Assert.Equal(["Name must be at most 100 characters."], tooLong.Errors["name"]);
        Assert.Equal(100, TokenRules.Name(new string('a', 100)).Length);
    }

    [Fact]
    public void The_twenty_first_token_is_refused()
    {
        TokenRules.CheckRoom(19);
        var refused = Assert.Throws<ValidationFailedException>(() => TokenRules.CheckRoom(20));
        Assert.Contains("revoke one", refused.Errors["name"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Last_used_is_written_at_most_once_a_minute()
    {
        var now = new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
        Assert.True(TokenRules.IsDueForTouch(null, now));
        Assert.False(TokenRules.IsDueForTouch(now.AddSeconds(-59), now));
        Assert.True(TokenRules.IsDueForTouch(now.AddMinutes(-1), now));
    }
}
