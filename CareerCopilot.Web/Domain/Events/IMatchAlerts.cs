namespace CareerCopilot.Web.Domain.Events;

/// <summary>
/// Told of jobs that arrived by themselves (ingestion, import) once they are saved; scores them against the owner's profile
/// and raises <c>match_alert</c> for those at or above the user's threshold. Never slows the save that told it.
/// </summary>
public interface IMatchAlerts
{
    void JobsArrived(int userId, IReadOnlyCollection<int> jobIds);
}
