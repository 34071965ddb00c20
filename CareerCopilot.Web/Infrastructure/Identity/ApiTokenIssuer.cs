using System.Globalization;
using System.Security.Claims;
using System.Text;
using CareerCopilot.Web.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerCopilot.Web.Infrastructure.Identity;

/// <summary>Bearer tokens for the API: the user id in <c>sub</c> and an expiry.</summary>
public sealed class ApiTokenIssuer(IOptions<JwtOptions> options, TimeProvider clock)
{
    private const string Issuer = "career-copilot";

    public (string Token, int ExpiresInSeconds) Issue(int userId, string email)
    {
        var lifetime = TimeSpan.FromHours(options.Value.ExpirationHours);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, userId.ToString(CultureInfo.InvariantCulture)), new Claim(JwtRegisteredClaimNames.Email, email)]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(Key(options.Value.SigningKey!), SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)lifetime.TotalSeconds);
    }

    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    /// <summary>Expiry is judged by the app's clock, the same one that issued the token.</summary>
    public static TokenValidationParameters ValidationParameters(string signingKey, TimeProvider clock) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Issuer,
        IssuerSigningKey = Key(signingKey),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = Skew,
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return (notBefore is null || notBefore.Value <= now + Skew) && expires is { } end && end > now - Skew;
        },
        NameClaimType = JwtRegisteredClaimNames.Sub,
    };

    private static SymmetricSecurityKey Key(string signingKey) => new(Encoding.UTF8.GetBytes(signingKey));
}
