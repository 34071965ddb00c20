namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>What a resume says, as read from its text. Every value comes from the text; nothing is guessed in.</summary>
public sealed record ParsedResume
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>Skills under their catalogue names.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>The length of the union of the roles' date spans up to the day of parsing, in years with one decimal.</summary>
    public double? ExperienceYears { get; init; }
    public Jobs.ExperienceLevel? ExperienceLevel { get; init; }
    public IReadOnlyList<ResumeRole> Roles { get; init; } = [];
    public IReadOnlyList<ResumeEducation> Education { get; init; } = [];
}

/// <summary>A role held: <c>Start</c> and <c>End</c> are <c>YYYY-MM</c>, or <c>YYYY</c> when the resume gives only the year; an open role has no end.</summary>
public sealed record ResumeRole(string Title, string? Employer, string? Start, string? End);

public sealed record ResumeEducation(string Degree, string? School, int? Year);
