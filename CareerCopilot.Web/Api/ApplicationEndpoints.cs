using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class ApplicationEndpoints
{
    public sealed record CreateRequest(int? JobId, string? Status, string? Notes, int? ResumeId, DateOnly? FollowUpOn, string? InterviewAt);
    public sealed record HistoryEntry(ApplicationStatus Status, DateTime At);

    public sealed record ApplicationResponse(
        int Id, int JobId, string Company, string Title, ApplicationStatus Status, string? Notes, DateOnly? AppliedAt, int? ResumeId,
        DateOnly? FollowUpOn, DateTime? InterviewAt, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<HistoryEntry> History)
    {
        public static ApplicationResponse From(Application a) => new(
            a.Id, a.JobId, a.Job.Company, a.Job.Title, a.Status, a.Notes, a.AppliedAt, a.ResumeId, a.FollowUpOn,
            a.InterviewAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, a.CreatedAt, a.UpdatedAt,
            a.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new HistoryEntry(e.Status, e.At)).ToList());
    }

    public sealed record NoteResponse(int Id, int ApplicationId, NoteKind Kind, string Text, DateOnly OccurredOn, DateTime CreatedAt)
    {
        public static NoteResponse From(ApplicationNote n) => new(n.Id, n.ApplicationId, n.Kind, n.Text, n.OccurredOn, n.CreatedAt);
    }

    public static void MapApplications(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("Applications");
        applications.MapGet("", ListAsync);
        applications.MapPost("", CreateAsync).Accepts<CreateRequest>("application/json").Produces<ApplicationResponse>(StatusCodes.Status201Created);
        applications.MapGet("/{id:int}", async (int id, HttpContext http, ApplicationService service, CancellationToken ct) =>
            TypedResults.Ok(ApplicationResponse.From(await service.GetAsync(http.User.UserId(), id, ct))));
        applications.MapPut("/{id:int}", UpdateAsync).Accepts<ApplicationFields>("application/json").Produces<ApplicationResponse>();
        applications.MapGet("/{id:int}/notes", async (int id, HttpContext http, ApplicationService service, CancellationToken ct) =>
            TypedResults.Ok(new ItemList<NoteResponse>((await service.NotesAsync(http.User.UserId(), id, ct)).Select(NoteResponse.From).ToList())));
        applications.MapPost("/{id:int}/notes", AddNoteAsync).Accepts<NoteFields>("application/json").Produces<NoteResponse>(StatusCodes.Status201Created);
        applications.MapDelete("/{id:int}/notes/{noteId:int}", async (int id, int noteId, HttpContext http, ApplicationService service, CancellationToken ct) =>
        {
            await service.DeleteNoteAsync(http.User.UserId(), id, noteId, ct);
            return TypedResults.NoContent();
        });
    }

    private static async Task<IResult> ListAsync(HttpContext http, ApplicationService service, string? status, CancellationToken ct)
    {
        var items = await service.ListAsync(http.User.UserId(), status, ct);
        return TypedResults.Ok(new ItemList<ApplicationResponse>(items.Select(ApplicationResponse.From).ToList()));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApplicationService service, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<CreateRequest>(request, ct);
        if (body.JobId is not { } jobId) throw ValidationFailedException.For("job_id", "job_id is required.");
        var application = await service.StartAsync(request.HttpContext.User.UserId(), jobId, new ApplicationFields
        {
            Status = body.Status, Notes = body.Notes, ResumeId = body.ResumeId, FollowUpOn = body.FollowUpOn, InterviewAt = body.InterviewAt,
        }, ct);
        return TypedResults.Created($"{ApiRoutes.V1}/applications/{application.Id}", ApplicationResponse.From(application));
    }

    private static async Task<IResult> UpdateAsync(int id, HttpRequest request, ApplicationService service, CancellationToken ct)
    {
        var fields = await JsonBody.ReadChangeAsync<ApplicationFields>(request, ct);
        var application = await service.UpdateAsync(request.HttpContext.User.UserId(), id, fields, ct);
        return TypedResults.Ok(ApplicationResponse.From(application));
    }

    private static async Task<IResult> AddNoteAsync(int id, HttpRequest request, ApplicationService service, CancellationToken ct)
    {
        var (fields, _) = await JsonBody.ReadAsync<NoteFields>(request, ct);
        var note = await service.AddNoteAsync(request.HttpContext.User.UserId(), id, fields, ct);
        return TypedResults.Created($"{ApiRoutes.V1}/applications/{id}/notes/{note.Id}", NoteResponse.From(note));
    }
}
