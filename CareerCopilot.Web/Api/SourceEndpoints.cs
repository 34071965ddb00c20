using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class SourceEndpoints
{
    public sealed record QualityResponse(int Jobs, int Applied, int Interviews)
    {
        public static QualityResponse From(SourceQuality q) => new(q.Jobs, q.Applied, q.Interviews);
    }

    /// <summary>A subscription; <c>type</c> is the board's API name, empty parts are null.</summary>
    public sealed record SourceResponse(
        int Id, string Type, string? Key, string? Query, string? Location, bool Enabled, DateTime? LastRunAt, IngestionStatus? LastRunStatus,
        int LastRunJobsAdded, string? LastRunError, QualityResponse Quality)
    {
        public static SourceResponse From(Source s, SourceQuality quality) => new(
            s.Id, BoardCatalogue.Of(s.Type).Name, OrNull(s.Key), OrNull(s.Query), OrNull(s.Location), s.Enabled, s.LastRunAt, s.LastRunStatus,
            s.LastRunJobsAdded, s.LastRunError, QualityResponse.From(quality));
    }

    public sealed record RunSourceResponse(
        int? SourceId, string Type, string? Key, string? Query, string? Location, IngestionStatus Status, int Fetched, int NewPostings,
        int Duplicates, int Skipped, int JobsAdded, string? Error);

    public sealed record RunResponse(
        int Id, IngestionStatus Status, DateTime QueuedAt, DateTime? StartedAt, DateTime? FinishedAt, int JobsAdded, IReadOnlyList<RunSourceResponse> Sources)
    {
        /// <summary>A run's board queries, each named by the user's source that asks it (none when the source is gone).</summary>
        public static RunResponse From(IngestionRun run, IReadOnlyList<Source> sources) => new(
            run.Id, run.Status, run.QueuedAt, run.StartedAt, run.FinishedAt, run.JobsAdded,
            run.Sources.Select(r => new RunSourceResponse(
                sources.FirstOrDefault(r.Asks)?.Id, BoardCatalogue.Of(r.Type).Name, OrNull(r.Key), OrNull(r.Query), OrNull(r.Location), r.Status,
                r.Fetched, r.NewPostings, r.Duplicates, r.Skipped, r.JobsAdded, r.Error)).ToList());
    }

    public sealed record RunQueuedResponse(int Id, IngestionStatus Status);

    public static void MapSources(this RouteGroupBuilder api)
    {
        var sources = api.MapGroup("/sources").WithTags("Sources");
        sources.MapGet("", async (HttpContext http, SourceService service, CancellationToken ct) =>
        {
            var userId = http.User.UserId();
            var quality = await service.QualityAsync(userId, ct);
            return TypedResults.Ok(new ItemList<SourceResponse>((await service.ListAsync(userId, ct))
                .Select(s => SourceResponse.From(s, quality.GetValueOrDefault(s.Id, SourceQuality.None))).ToList()));
        });
        sources.MapPost("", CreateAsync).Accepts<SourceFields>("application/json").Produces<SourceResponse>(StatusCodes.Status201Created);
        sources.MapGet("/{id:int}", async (int id, HttpContext http, SourceService service, CancellationToken ct) =>
            TypedResults.Ok(await ResponseAsync(service, http.User.UserId(), await service.GetAsync(http.User.UserId(), id, ct), ct)));
        sources.MapPut("/{id:int}", UpdateAsync).Accepts<SourceFields>("application/json").Produces<SourceResponse>();
        sources.MapDelete("/{id:int}", async (int id, HttpContext http, SourceService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(http.User.UserId(), id, ct);
            return TypedResults.NoContent();
        });

        var runs = api.MapGroup("/ingestion/runs").WithTags("Sources");
        runs.MapPost("", async (HttpContext http, IngestionService service, CancellationToken ct) =>
        {
            var run = await service.QueueUserRunAsync(http.User.UserId(), ct);
            return TypedResults.Accepted($"{ApiRoutes.V1}/ingestion/runs/{run.Id}", new RunQueuedResponse(run.Id, run.Status));
        }).Produces<RunQueuedResponse>(StatusCodes.Status202Accepted);
        runs.MapGet("/{id:int}", async (int id, HttpContext http, IngestionService service, SourceService sourceService, CancellationToken ct) =>
        {
            var userId = http.User.UserId();
            var run = await service.GetRunAsync(userId, id, ct);
            return TypedResults.Ok(RunResponse.From(run, await sourceService.ListAsync(userId, ct)));
        });
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SourceService service, CancellationToken ct)
    {
        var userId = request.HttpContext.User.UserId();
        var (fields, _) = await JsonBody.ReadAsync<SourceFields>(request, ct);
        var source = await service.CreateAsync(userId, fields, ct);
        return TypedResults.Created($"{ApiRoutes.V1}/sources/{source.Id}", await ResponseAsync(service, userId, source, ct));
    }

    private static async Task<IResult> UpdateAsync(int id, HttpRequest request, SourceService service, CancellationToken ct)
    {
        var userId = request.HttpContext.User.UserId();
        var fields = await JsonBody.ReadChangeAsync<SourceFields>(request, ct);
        var source = await service.UpdateAsync(userId, id, fields, ct);
        return TypedResults.Ok(await ResponseAsync(service, userId, source, ct));
    }

    private static async Task<SourceResponse> ResponseAsync(SourceService service, int userId, Source source, CancellationToken ct) =>
        SourceResponse.From(source, (await service.QualityAsync(userId, ct)).GetValueOrDefault(source.Id, SourceQuality.None));

    private static string? OrNull(string text) => text.Length == 0 ? null : text;
}
