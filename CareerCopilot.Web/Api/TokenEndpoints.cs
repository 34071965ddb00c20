using CareerCopilot.Web.Domain.Accounts;
using CareerCopilot.Web.Hosting;
using CareerCopilot.Web.Infrastructure.Identity;

namespace CareerCopilot.Web.Api;

/// <summary>
/// Personal tokens. Any bearer token may list them; only a login token (or the settings page) makes or revokes one, so a
/// token that leaks cannot mint others that outlive its own revocation, nor revoke the owner's other tokens.
/// </summary>
public static class TokenEndpoints
{
    public sealed record TokenFields(string? Name);

    public sealed record TokenResponse(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt)
    {
        public static TokenResponse From(PersonalToken t) => new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.LastUsedAt);
    }

    public sealed record CreatedTokenResponse(int Id, string Name, string Token);

    public static void MapTokens(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens").WithTags("Tokens");
        tokens.MapGet("", async (HttpContext http, PersonalTokenService service, CancellationToken ct) =>
            TypedResults.Ok(new ItemList<TokenResponse>((await service.ListAsync(http.User.UserId(), ct)).Select(TokenResponse.From).ToList())))
            .Produces<ItemList<TokenResponse>>();
        tokens.MapPost("", CreateAsync).Accepts<TokenFields>("application/json").Produces<CreatedTokenResponse>(StatusCodes.Status201Created);
        tokens.MapDelete("/{id:int}", async (int id, HttpContext http, PersonalTokenService service, CancellationToken ct) =>
        {
            if (ByPersonalToken(http)) return Refused("revoke");
            await service.RevokeAsync(http.User.UserId(), id, ct);
            return TypedResults.NoContent();
        });
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, PersonalTokenService service, CancellationToken ct)
    {
        if (ByPersonalToken(request.HttpContext)) return Refused("make");
        var (fields, _) = await JsonBody.ReadAsync<TokenFields>(request, ct);
        var made = await service.CreateAsync(request.HttpContext.User.UserId(), fields.Name, ct);
        return TypedResults.Created($"{ApiRoutes.V1}/tokens", new CreatedTokenResponse(made.Row.Id, made.Row.Name, made.Token));
    }

    private static bool ByPersonalToken(HttpContext http) => http.User.HasClaim(c => c.Type == PersonalTokenHandler.TokenIdClaim);

    private static IResult Refused(string verb) =>
        ApiProblems.Result(ApiErrors.Forbidden, $"A personal token cannot {verb} tokens: sign in with POST {ApiRoutes.V1}/auth/login, or use the Settings page.");
}
