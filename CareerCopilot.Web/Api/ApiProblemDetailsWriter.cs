using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Api;

/// <summary>
/// Writes every problem under /api as <c>application/problem+json</c>, whatever the Accept header says: the
/// framework's default writer declines a request that does not accept JSON (a browser's <c>text/html</c>), which
/// would leave an API error without a body. It writes the members the API promises and no others.
/// </summary>
public sealed class ApiProblemDetailsWriter(IOptions<ProblemDetailsOptions> problems, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => ApiRoutes.IsApi(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, json.Value.SerializerOptions.GetTypeInfo(problem.GetType()),
            "application/problem+json"));
    }
}
