using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Capture;

/// <summary>The link is already in the user's list (tracking parameters and fragment ignored): 409 with the job's id.</summary>
public sealed class JobAlreadyListedException(int existingJobId)
    : DomainException("duplicate", "This job is already in your list.")
{
    public int ExistingJobId { get; } = existingJobId;
}

/// <summary>The page was read but holds no job that can be named (422).</summary>
public sealed class NoJobFoundException(string message) : DomainException("no_job_found", message);

/// <summary>The uploaded file cannot be read as an email (400).</summary>
public sealed class UnreadableEmailException(string message) : DomainException("validation_failed", message);
