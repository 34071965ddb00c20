using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Profiles;

/// <summary>A profile change as a client sent it; a PUT replaces only the fields it sent.</summary>
public sealed record ProfileFields : PartialUpdate
{
    public string? FullName { get; init; }
    public IReadOnlyList<string>? Skills { get; init; }
    public IReadOnlyList<string>? PreferredLocations { get; init; }
    public string? ExperienceLevel { get; init; }
    public string? TimeZone { get; init; }
    public bool? MorningDigest { get; init; }
    public bool? EveningDigest { get; init; }
    public int? AlertMinScore { get; init; }
    public int? QuietHoursStart { get; init; }
    public int? QuietHoursEnd { get; init; }
}

/// <summary>The profile as both doors show it.</summary>
public sealed record ProfileView(
    string Email,
    string? FullName,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> PreferredLocations,
    Jobs.ExperienceLevel? ExperienceLevel,
    string TimeZone,
    bool MorningDigest,
    bool EveningDigest,
    int AlertMinScore,
    int? QuietHoursStart = null,
    int? QuietHoursEnd = null)
{
    /// <summary>Skills, places and level are what every score reads; without them scores say little.</summary>
    public bool IsIncompleteForMatching => Skills.Count == 0 || PreferredLocations.Count == 0 || ExperienceLevel is null;
}
