namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>
/// A job as a list row shows it (salary and deadline included): without the long texts, which a list never reads; with its match score, and whether
/// it has an application (which decides the statuses it may move to).
/// </summary>
public sealed record JobSummary(
    int Id, string Company, string Title, string? Location, RemoteMode Remote, JobStatus Status, bool HasApplication,
    int? SalaryMin, int? SalaryMax, string? SalaryCurrency, SalaryPeriod? SalaryPeriod, DateOnly? Deadline, DateTime CreatedAt, int? Score)
{
    public static JobSummary Of(Job job) =>
        new(job.Id, job.Company, job.Title, job.Location, job.Remote, job.Status, job.Application is not null,
            job.SalaryMin, job.SalaryMax, job.SalaryCurrency, job.SalaryPeriod, job.Deadline, job.CreatedAt, null);

    /// <summary>The statuses its status menu offers: see <see cref="Applications.ApplicationRules.JobStatusChoices"/>.</summary>
    public IReadOnlyList<JobStatus> StatusChoices => Applications.ApplicationRules.JobStatusChoices(Status, HasApplication);
}
