using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Profiles;

/// <summary>What the product knows of the person it works for. Skills and locations are rows so SQL can match on them.</summary>
public sealed class UserProfile : IUserOwned
{
    public int UserId { get; set; }
    public string? FullName { get; set; }
    public ExperienceLevel? ExperienceLevel { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public bool MorningDigest { get; set; } = true;
    public bool EveningDigest { get; set; } = true;
    public int AlertMinScore { get; set; } = 80;

    /// <summary>
    /// Local hours (0–23) from which until which no match alert pops up and no digest goes out; a digest due in them waits
    /// for their end. Both null: no quiet hours. Start after end spans midnight (22 to 7).
    /// </summary>
    public int? QuietHoursStart { get; set; }
    public int? QuietHoursEnd { get; set; }

    /// <summary>
    /// Moves after every saved change to the user's profile, jobs, applications or feedback. Cached scores and
    /// figures are keyed by it, so a cache can never answer with numbers from before a change.
    /// </summary>
    public long Revision { get; set; }
    public List<UserSkill> Skills { get; set; } = [];
    public List<UserLocation> Locations { get; set; } = [];
}

public sealed class UserSkill : IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; } = "";
    public int Position { get; set; }
}

public sealed class UserLocation : IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; } = "";
    public int Position { get; set; }
}
