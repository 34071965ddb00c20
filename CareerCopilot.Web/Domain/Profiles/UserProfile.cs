using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Profiles;

/// <summary>What the product knows of the person it works for. Skills and locations are rows so SQL can match on them.</summary>
public sealed class UserProfile
{
    public int UserId { get; set; }
    public string? FullName { get; set; }
    public ExperienceLevel? ExperienceLevel { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public bool MorningDigest { get; set; } = true;
    public bool EveningDigest { get; set; } = true;
    public int AlertMinScore { get; set; } = 80;
    public List<UserSkill> Skills { get; set; } = [];
    public List<UserLocation> Locations { get; set; } = [];
}

public sealed class UserSkill
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; } = "";
    public int Position { get; set; }
}

public sealed class UserLocation
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; } = "";
    public int Position { get; set; }
}
