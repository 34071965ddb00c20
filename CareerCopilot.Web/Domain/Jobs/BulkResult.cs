namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>What a bulk change did to one of the user's selected jobs.</summary>
public enum BulkOutcome { Changed, Unchanged, Refused }

/// <summary>One selected job after a bulk change: its name as a person reads it, what happened, and the rule's refusal.</summary>
public sealed record BulkJobResult(int Id, string Name, BulkOutcome Outcome, string? Refusal = null, bool StartedApplication = false);

/// <summary>
/// A bulk change, job by job. Selected ids that are not the user's jobs (deleted meanwhile, or never theirs) are only
/// counted: they were not touched, and whose they are is not said.
/// </summary>
public sealed record BulkResult(IReadOnlyList<BulkJobResult> Jobs, int Missing)
{
    public IEnumerable<BulkJobResult> With(BulkOutcome outcome) => Jobs.Where(j => j.Outcome == outcome);
}
