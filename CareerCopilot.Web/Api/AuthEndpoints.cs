using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Hosting;
using CareerCopilot.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace CareerCopilot.Web.Api;

public static class AuthEndpoints
{
    public sealed record RegisterRequest(string? Email, string? Password, string? FullName);
    public sealed record LoginRequest(string? Email, string? Password);
    public sealed record UserResponse(int Id, string Email, string? FullName);
    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public static void MapAuth(this RouteGroupBuilder v1)
    {
        var auth = v1.MapGroup("/auth").AllowAnonymous().WithTags("Auth");
        auth.MapPost("/register", RegisterAsync).RequireRateLimiting(RateLimits.SignUp)
            .Accepts<RegisterRequest>("application/json").Produces<UserResponse>(StatusCodes.Status201Created);
        auth.MapPost("/login", LoginAsync).RequireRateLimiting(RateLimits.SignIn)
            .Accepts<LoginRequest>("application/json").Produces<TokenResponse>();
    }

    private static async Task<IResult> RegisterAsync(HttpRequest request, AccountService accounts, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<RegisterRequest>(request, ct);
        var user = await accounts.RegisterAsync(body.Email, body.Password, body.FullName, ct);
        return TypedResults.Created($"{ApiRoutes.V1}/profile", new UserResponse(user.Id, user.Email!, Text.Clean(body.FullName) is { Length: > 0 } n ? n : null));
    }

    private static async Task<IResult> LoginAsync(HttpRequest request, UserManager<AppUser> users,
        SignInManager<AppUser> signIn, ApiTokenIssuer tokens, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<LoginRequest>(request, ct);
        var user = string.IsNullOrWhiteSpace(body.Email) ? null : await users.FindByEmailAsync(body.Email.Trim());
        if (user is null || string.IsNullOrEmpty(body.Password))
            return ApiProblems.Result(ApiErrors.InvalidCredentials, "Wrong email or password.");

        // The same lockout as the web sign-in: one Identity configuration serves both doors.
        var result = await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return ApiProblems.Result(ApiErrors.LockedOut,
                "Too many failed attempts: the account is locked for a while. Try again later.");
        if (!result.Succeeded)
            return ApiProblems.Result(ApiErrors.InvalidCredentials, "Wrong email or password.");

        var (token, expiresIn) = tokens.Issue(user.Id, user.Email!);
        return TypedResults.Ok(new TokenResponse(token, "bearer", expiresIn));
    }
}
