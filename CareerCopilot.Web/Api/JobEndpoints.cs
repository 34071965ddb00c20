using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class JobEndpoints
{
    public record JobResponse(
        int Id, string Company, string Title, string? Location, RemoteMode Remote, EmploymentType? EmploymentType,
        ExperienceLevel? ExperienceLevel, IReadOnlyList<string> TechStack, string? Responsibilities, string? Description,
        string? Url, string? ApplyUrl, int? SalaryMin, int? SalaryMax, string? SalaryCurrency, SalaryPeriod? SalaryPeriod,
        JobStatus Status, JobSource Source, string? SourceDetail, string? Notes, DateOnly? DateApplied, DateOnly? Deadline, DateTime? PostedAt,
        int? ApplicationId, DateTime CreatedAt, DateTime UpdatedAt)
    {
        public static JobResponse From(Job j) => new(
            j.Id, j.Company, j.Title, j.Location, j.Remote, j.EmploymentType, j.ExperienceLevel, j.TechStack,
            j.Responsibilities, j.Description, j.Url, j.ApplyUrl, j.SalaryMin, j.SalaryMax, j.SalaryCurrency, j.SalaryPeriod,
            j.Status, j.Source, j.SourceDetail, j.Notes, j.DateApplied, j.Deadline, j.PostedAt, j.Application?.Id, j.CreatedAt, j.UpdatedAt);
    }

    public static void MapJobs(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");
        jobs.MapGet("", ListAsync).Produces<PagedList<JobResponse>>();
        jobs.MapPost("", CreateAsync).Accepts<JobFields>("application/json").Produces<JobResponse>(StatusCodes.Status201Created);
        jobs.MapGet("/{id:int}", async (int id, HttpContext http, JobService service, CancellationToken ct) =>
            TypedResults.Ok(JobResponse.From(await service.GetAsync(http.User.UserId(), id, ct))));
        jobs.MapPut("/{id:int}", UpdateAsync).Accepts<JobFields>("application/json").Produces<JobResponse>();
        jobs.MapDelete("/{id:int}", async (int id, HttpContext http, JobService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(http.User.UserId(), id, ct);
            return TypedResults.NoContent();
        });
    }

    private static async Task<IResult> ListAsync(HttpContext http, JobService service,
        int? page, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page_size")] int? pageSize, string? status, string? q, string? sort, string? source, string? remote,
        CancellationToken ct)
    {
        var v = new Validation();
        var query = new JobQuery(
            Search: q,
            Status: v.OptionalEnum<JobStatus>("status", "status", status),
            Source: v.OptionalEnum<JobSource>("source", "source", source),
            Remote: v.OptionalEnum<RemoteMode>("remote", "remote", remote),
            Sort: v.OptionalEnum<JobSort>("sort", "sort", sort) ?? JobSort.CreatedDesc);
        v.ThrowIfInvalid();
        var result = await service.ListAsync(http.User.UserId(), query with { Page = PageRequest.Parse(page, pageSize) }, ct);
        return TypedResults.Ok(new PagedList<JobResponse>(result.Items.Select(JobResponse.From).ToList(), result.Page, result.PageSize, result.Total));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, JobService service, CancellationToken ct)
    {
        var (fields, _) = await JsonBody.ReadAsync<JobFields>(request, ct);
        var job = await service.CreateAsync(request.HttpContext.User.UserId(), fields, ct);
        return TypedResults.Created($"{ApiRoutes.V1}/jobs/{job.Id}", JobResponse.From(job));
    }

    private static async Task<IResult> UpdateAsync(int id, HttpRequest request, JobService service, CancellationToken ct)
    {
        var fields = await JsonBody.ReadChangeAsync<JobFields>(request, ct);
        var job = await service.UpdateAsync(request.HttpContext.User.UserId(), id, fields, ct);
        return TypedResults.Ok(JobResponse.From(job));
    }
}
