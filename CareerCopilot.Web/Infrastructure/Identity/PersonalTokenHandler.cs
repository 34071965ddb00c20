using System.Security.Claims;
using System.Text.Encodings.Web;
using CareerCopilot.Web.Api;
using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CareerCopilot.Web.Infrastructure.Identity;

/// <summary>
/// A personal token as a bearer token: found by its hash, it signs the request in as its user with the same claims a
/// login token carries (<c>sub</c>, <c>email</c>), plus <see cref="TokenIdClaim"/>. An unknown or revoked token is
/// answered like a bad login token.
/// </summary>
public sealed class PersonalTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PersonalTokenService tokens, AppDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "personal-token";

    /// <summary>Present only on requests signed in by a personal token: that token's id.</summary>
    public const string TokenIdClaim = "token_id";

    /// <summary>Present on requests signed in by an import-only (bookmarklet) token: the API lets them save jobs only.</summary>
    public const string ImportOnlyClaim = "import_only";

    private const string BearerPrefix = "Bearer ";

    /// <summary>The bearer value of a request when it is a personal token (by its marker), else null.</summary>
    public static string? PersonalBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var value = header[BearerPrefix.Length..].Trim();
        return TokenRules.LooksLikeToken(value) ? value : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PersonalBearer(Request) is not { } value) return AuthenticateResult.NoResult();
        var token = await tokens.AuthenticateAsync(value, Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("Unknown or revoked personal token.");
        var email = await db.Users.AsNoTracking().Where(u => u.Id == token.UserId).Select(u => u.Email).SingleOrDefaultAsync(Context.RequestAborted);
        var identity = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, token.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.Email, email ?? ""),
                new Claim(TokenIdClaim, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            SchemeName, JwtRegisteredClaimNames.Sub, null);
        if (TokenRules.ScopeOf(value) == TokenScope.ImportOnly) identity.AddClaim(new Claim(ImportOnlyClaim, "true"));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties) =>
        await ApiProblems.WriteAsync(Context, ApiErrors.Unauthorized, ApiAuthentication.UnauthorizedDetail);
}
