using System.Security.Cryptography;
using System.Text;
using CareerCopilot.Web.Api;
using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Hosting;

public static class ApiAuthentication
{
    public const string Policy = "api";
    private const string ByPath = "by-path";

    /// <summary>Under /api: a personal token (by its marker) or a login token (JWT).</summary>
    private const string Bearer = "api-bearer";

    public static readonly string UnauthorizedDetail = $"A valid bearer token is required: POST {ApiRoutes.V1}/auth/login gives one.";

    public static void AddApiAuthentication(this IServiceCollection services, DataDirectory data)
    {
        services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.Section)
            .PostConfigure(o => o.SigningKey = string.IsNullOrEmpty(o.SigningKey) ? StoredKey(data) : o.SigningKey)
            .Validate(o => Encoding.UTF8.GetByteCount(o.SigningKey!) >= 32, "Jwt:SigningKey must be at least 32 bytes.")
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiTokenIssuer>();

        // The API speaks bearer tokens only (so no cookie can be ridden across sites), pages speak the Identity cookie.
        // Requests that match no endpoint (a 404, 405 or 415 under /api) are judged by the same split.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = ByPath;
                o.DefaultAuthenticateScheme = ByPath;
                o.DefaultChallengeScheme = ByPath;
            })
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, PersonalTokenHandler>(PersonalTokenHandler.SchemeName, null)
            .AddPolicyScheme(Bearer, "A personal token or a login token", o => o.ForwardDefaultSelector = http =>
                PersonalTokenHandler.PersonalBearer(http.Request) is null ? JwtBearerDefaults.AuthenticationScheme : PersonalTokenHandler.SchemeName)
            .AddPolicyScheme(ByPath, "Bearer under /api, cookie elsewhere", o => o.ForwardDefaultSelector = http =>
                ApiRoutes.IsApi(http.Request) ? Bearer : IdentityConstants.ApplicationScheme);
        services.AddScoped<PersonalTokenService>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, TimeProvider>((bearer, jwt, clock) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = ApiTokenIssuer.ValidationParameters(jwt.Value.SigningKey!, clock);
                // A missing or bad token gets the same problem details as every other API error.
                bearer.Events = new JwtBearerEvents
                {
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        await ApiProblems.WriteAsync(context.HttpContext, ApiErrors.Unauthorized, UnauthorizedDetail);
                    },
                };
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policy, p => p.AddAuthenticationSchemes(Bearer).RequireAuthenticatedUser());
    }

    /// <summary>A key made on first start and kept beside the database, so tokens survive a restart.</summary>
    private static string StoredKey(DataDirectory data)
    {
        var path = data.File("jwt-signing-key");
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }
}
