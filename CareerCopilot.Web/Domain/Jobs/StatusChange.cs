namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>A job after a status change, and whether that change started its application (it is now on the board).</summary>
public sealed record StatusChange(Job Job, bool StartedApplication);
