using System.Text;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CareerCopilot.Web.Api;

public static class ResumeEndpoints
{
    public sealed record QueuedResponse(int Id, ResumeStatus Status);

    public sealed record FieldsRequest(IReadOnlyList<string?>? Fields);

    public sealed record ResumeSummary(
        int Id, string Label, string FileName, ResumeFileKind Kind, long SizeBytes, ResumeStatus Status, ResumeError? Error,
        DateTime CreatedAt, DateTime UpdatedAt)
    {
        public static ResumeSummary From(ResumeUpload r) =>
            new(r.Id, r.Label, r.FileName, r.Kind, r.SizeBytes, r.Status, r.Error, r.CreatedAt, r.UpdatedAt);
    }

    /// <summary><c>value</c> is the list of skills to add, or the one new value of a replace.</summary>
    public sealed record SuggestionResponse(string Field, string Action, object Value, string? Current)
    {
        public static SuggestionResponse From(ResumeSuggestion s) =>
            new(s.Field, s.Action, s.Action == ResumeSuggestion.Add ? s.Values : s.Value, s.Current);
    }

    public sealed record ResumeResponse(
        int Id, string Label, string FileName, ResumeFileKind Kind, long SizeBytes, ResumeStatus Status, ResumeError? Error,
        ParsedResume? Parsed, IReadOnlyList<SuggestionResponse> Suggestions, IReadOnlyList<string> DismissedFields,
        DateTime CreatedAt, DateTime UpdatedAt)
    {
        public static ResumeResponse From(ResumeDetails d) => new(
            d.Resume.Id, d.Resume.Label, d.Resume.FileName, d.Resume.Kind, d.Resume.SizeBytes, d.Resume.Status, d.Resume.Error,
            d.Resume.Parsed, d.Suggestions.Select(SuggestionResponse.From).ToList(), d.Resume.DismissedFields,
            d.Resume.CreatedAt, d.Resume.UpdatedAt);
    }

    public static void MapResumes(this RouteGroupBuilder api)
    {
        var resumes = api.MapGroup("/resumes").WithTags("Resumes");
        resumes.MapPost("", UploadAsync)
            .Accepts<IFormFile>("multipart/form-data").Produces<QueuedResponse>(StatusCodes.Status202Accepted);
        resumes.MapGet("", async (HttpContext http, ResumeService service, CancellationToken ct) =>
            TypedResults.Ok(new ItemList<ResumeSummary>((await service.ListAsync(http.User.UserId(), ct)).Select(ResumeSummary.From).ToList())));
        resumes.MapGet("/{id:int}", async (int id, HttpContext http, ResumeService service, CancellationToken ct) =>
            TypedResults.Ok(ResumeResponse.From(await service.GetDetailsAsync(http.User.UserId(), id, ct))));
        resumes.MapGet("/{id:int}/file", DownloadAsync);
        resumes.MapPost("/{id:int}/apply", ApplyAsync).Accepts<FieldsRequest>("application/json").Produces<ProfileEndpoints.ProfileResponse>();
        resumes.MapPost("/{id:int}/dismiss", DismissAsync).Accepts<FieldsRequest>("application/json").Produces<ResumeResponse>();
        resumes.MapDelete("/{id:int}", async (int id, HttpContext http, ResumeService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(http.User.UserId(), id, ct);
            return TypedResults.NoContent();
        });
    }

    /// <summary>
    /// Streams the multipart body: the <c>file</c> part goes to disk as it arrives (never buffered whole), the limit
    /// counted on the bytes, not the declared length.
    /// </summary>
    private static async Task<IResult> UploadAsync(HttpRequest request, ResumeService service, CancellationToken ct)
    {
        var boundary = MultipartBody.Boundary(request, "the resume");
        if (request.ContentLength > FormSizeLimit.MaxUploadFormBytes)
            throw ValidationFailedException.For("file", $"A resume may be at most {ResumeLimits.MaxFileBytes / (1024 * 1024)} MB.", "payload_too_large");
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = FormSizeLimit.MaxUploadFormBytes;

        var userId = request.HttpContext.User.UserId();
        var reader = new MultipartReader(boundary, request.Body);
        string? label = null;
        ResumeUpload? uploaded = null;
        while (await MultipartBody.ReadAsync(() => reader.ReadNextSectionAsync(ct)) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (disposition.IsFileDisposition() && name == "file" && uploaded is null)
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                uploaded = await MultipartBody.ReadAsync(() => service.UploadAsync(userId, new ResumeFileUpload(fileName, null, section.Body, label), ct));
            }
            else if (disposition.IsFormDisposition() && name == "label")
            {
                label = await MultipartBody.ReadAsync(() => ReadShortAsync(section.Body, ct));
                if (uploaded is not null) uploaded = await service.RelabelAsync(userId, uploaded.Id, label, ct);
            }
        }
        if (uploaded is null) throw ValidationFailedException.For("file", "Send the resume in a multipart part named 'file'.");
        return TypedResults.Accepted($"{ApiRoutes.V1}/resumes/{uploaded.Id}", new QueuedResponse(uploaded.Id, uploaded.Status));
    }

    /// <summary>A text part, read up to a little past the label's limit (the label's rule then refuses it in words).</summary>
    private static async Task<string> ReadShortAsync(Stream body, CancellationToken ct)
    {
        var buffer = new byte[ResumeLimits.MaxLabelLength * 4 + 8];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), ct)) > 0) total += read;
        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static async Task<IResult> DownloadAsync(int id, HttpContext http, ResumeService service, CancellationToken ct)
    {
        var (resume, path) = await service.FileAsync(http.User.UserId(), id, ct);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(path, ResumeFileNames.ContentType(resume.Kind), resume.FileName);
    }

    private static async Task<IResult> ApplyAsync(int id, HttpRequest request, ResumeService service, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<FieldsRequest>(request, ct);
        var profile = await service.ApplyAsync(request.HttpContext.User.UserId(), id, body.Fields, ct);
        return TypedResults.Ok(ProfileEndpoints.ProfileResponse.From(profile));
    }

    private static async Task<IResult> DismissAsync(int id, HttpRequest request, ResumeService service, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<FieldsRequest>(request, ct);
        var userId = request.HttpContext.User.UserId();
        await service.DismissAsync(userId, id, body.Fields, ct);
        return TypedResults.Ok(ResumeResponse.From(await service.GetDetailsAsync(userId, id, ct)));
    }
}
