using CareerCopilot.Web.Infrastructure.Identity;

namespace CareerCopilot.Web.Api;

/// <summary>Marks the one endpoint an import-only (bookmarklet) token may call: saving a job.</summary>
public sealed class ImportOnlyTokensAllowed;

/// <summary>
/// Keeps a bookmarklet's token to its one job. The token travels through other sites' pages, which could read it; so
/// it can save a job to the list and nothing else: every other endpoint answers 403.
/// </summary>
public static class ImportOnlyTokens
{
    public static RouteGroupBuilder LimitImportOnlyTokens(this RouteGroupBuilder api) => api.AddEndpointFilter(async (context, next) =>
    {
        var http = context.HttpContext;
        if (http.User.HasClaim(c => c.Type == PersonalTokenHandler.ImportOnlyClaim)
            && http.GetEndpoint()?.Metadata.GetMetadata<ImportOnlyTokensAllowed>() is null)
            return ApiProblems.Result(ApiErrors.Forbidden,
                "This token belongs to a bookmarklet and may only save jobs (POST /api/v1/jobs/import). Use a personal token made on the Settings page.");
        return await next(context);
    });
}
