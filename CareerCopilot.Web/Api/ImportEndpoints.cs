using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

/// <summary>Import by link (<c>POST /jobs/import</c>) and the job links of an alert email (<c>POST /jobs/import/email</c>).</summary>
public static class ImportEndpoints
{
    /// <summary>The JSON body may carry a page's HTML; escaping can grow it, so the body's limit is above the HTML's own.</summary>
    public const int MaxBodyBytes = 3 * JobImport.MaxHtmlBytes;

    public const int MaxEmailBytes = 5 * 1024 * 1024;

    public const string ExistingJobIdKey = "existing_job_id";

    public sealed record ImportRequest(string? Url, string? Html);

    public sealed record EmailItem(string Url, string? Title, string? Company);

    public sealed record EmailItems(IReadOnlyList<EmailItem> Items);

    public static void MapImport(this RouteGroupBuilder api)
    {
        var import = api.MapGroup("/jobs/import").WithTags("Import");
        import.MapPost("", ImportAsync).Accepts<ImportRequest>("application/json")
            .Produces<JobEndpoints.JobResponse>(StatusCodes.Status201Created).WithMetadata(new ImportOnlyTokensAllowed());
        // A bearer token authenticates this door; there is no cookie for a cross-site form to ride on.
        import.MapPost("/email", EmailAsync).Accepts<IFormFile>("multipart/form-data").Produces<EmailItems>().DisableAntiforgery();
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, JobImport import, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<ImportRequest>(request, MaxBodyBytes, ct);
        try
        {
            var imported = await import.ImportAsync(request.HttpContext.User.UserId(), body.Url, body.Html, ct);
            return TypedResults.Created($"{ApiRoutes.V1}/jobs/{imported.Job.Id}", JobEndpoints.JobResponse.From(imported.Job));
        }
        catch (JobAlreadyListedException listed)
        {
            return ApiProblems.Result(ApiErrors.Duplicate, listed.Message,
                new Dictionary<string, object?> { [ExistingJobIdKey] = listed.ExistingJobId });
        }
    }

    private static async Task<IResult> EmailAsync(HttpRequest request, JobImport import, CancellationToken ct)
    {
        MultipartBody.Boundary(request, "the email");
        if (request.ContentLength > MaxEmailBytes + 64 * 1024) throw TooLarge();
        var form = await MultipartBody.ReadAsync(() => request.ReadFormAsync(ct));
        if (form.Files.GetFile("file") is not { } file)
            throw Domain.Common.ValidationFailedException.For("file", "Attach the email as a part named file.");
        if (file.Length > MaxEmailBytes) throw TooLarge();
        await using var stream = file.OpenReadStream();
        var items = await import.ReadEmailAsync(request.HttpContext.User.UserId(), stream, ct);
        return TypedResults.Ok(new EmailItems(items.Select(i => new EmailItem(i.Url, i.Title, i.Company)).ToList()));
    }

    private static ApiRequestException TooLarge() => new(ApiErrors.PayloadTooLarge, $"The email is larger than {MaxEmailBytes / (1024 * 1024)} MB.");
}
