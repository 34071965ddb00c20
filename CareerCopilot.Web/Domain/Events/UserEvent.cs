namespace CareerCopilot.Web.Domain.Events;

/// <summary>
/// Something a user's open pages and scripts should hear about, as the API's event stream names it
/// (<c>match_alert</c>, <c>job_changed</c>, <c>application_changed</c>, <c>run_progress</c>) with its JSON data.
/// </summary>
public sealed record UserEvent(string Name, object Data)
{
    public const string MatchAlert = "match_alert";
    public const string JobChanged = "job_changed";
    public const string ApplicationChanged = "application_changed";
    public const string RunProgress = "run_progress";

    public static UserEvent ForMatch(int jobId, int matchScore) => new(MatchAlert, new MatchAlertData(jobId, matchScore));
    public static UserEvent ForJob(int jobId) => new(JobChanged, new JobChangedData(jobId));
    public static UserEvent ForApplication(int applicationId, int jobId) => new(ApplicationChanged, new ApplicationChangedData(applicationId, jobId));
    public static UserEvent ForRun(int runId, string status) => new(RunProgress, new RunProgressData(runId, status));
}

public sealed record MatchAlertData(int JobId, int MatchScore);
public sealed record JobChangedData(int JobId);
public sealed record ApplicationChangedData(int ApplicationId, int JobId);
public sealed record RunProgressData(int RunId, string Status);
