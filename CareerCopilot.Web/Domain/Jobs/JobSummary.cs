namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>A job as a list row shows it: without the long texts, which a list never reads; with its match score.</summary>
public sealed record JobSummary(
    int Id, string Company, string Title, string? Location, RemoteMode Remote, JobStatus Status, DateTime CreatedAt, int? Score)
{
    public static JobSummary Of(Job job) =>
        new(job.Id, job.Company, job.Title, job.Location, job.Remote, job.Status, job.CreatedAt, null);
}
