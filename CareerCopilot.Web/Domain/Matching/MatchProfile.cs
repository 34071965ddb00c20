using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Matching;

/// <summary>The parts of a profile a score reads, prepared once so scoring thousands of jobs allocates nothing.</summary>
public sealed class MatchProfile
{
    public const string Remote = "Remote";

    private readonly HashSet<string> skillSet;
    // An array, not the interface: a foreach over IReadOnlyList would allocate an enumerator on every score.
    private readonly string[] locations;

    public MatchProfile(IReadOnlyList<string> skills, IReadOnlyList<string> locations, ExperienceLevel? level)
    {
        Skills = skills;
        skillSet = new HashSet<string>(skills, StringComparer.OrdinalIgnoreCase);
        this.locations = locations.Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        AcceptsRemote = this.locations.Contains(Remote, StringComparer.OrdinalIgnoreCase);
        Level = level;
    }

    /// <summary>The user's profile as scoring reads it; an empty one when they have none yet.</summary>
    public static async Task<MatchProfile> LoadAsync(AppDbContext db, int userId, CancellationToken ct)
    {
        // Skills and locations in a query each: one query would return every pair of the two.
        var profile = await db.Profiles.AsNoTracking().AsSplitQuery().Where(p => p.UserId == userId)
            .Select(p => new
            {
                p.ExperienceLevel,
                Skills = p.Skills.OrderBy(s => s.Position).Select(s => s.Name).ToList(),
                Locations = p.Locations.OrderBy(l => l.Position).Select(l => l.Name).ToList(),
            }).SingleOrDefaultAsync(ct);
        return new MatchProfile(profile?.Skills ?? [], profile?.Locations ?? [], profile?.ExperienceLevel);
    }

    public IReadOnlyList<string> Skills { get; }
    public IReadOnlyList<string> Locations => locations;
    public bool AcceptsRemote { get; }
    public ExperienceLevel? Level { get; }

    public bool Has(string skill) => skillSet.Contains(skill);

    /// <summary>The same profile with one more skill: what "if you had it" re-scores with.</summary>
    public MatchProfile WithSkill(string skill) => new([.. Skills, skill], Locations, Level);

    /// <summary>A preferred location matches a job's when it equals it or one of its comma-separated parts, ignoring case.</summary>
    public bool PrefersLocation(string? jobLocation)
    {
        if (string.IsNullOrWhiteSpace(jobLocation)) return false;
        var whole = jobLocation.AsSpan().Trim();
        foreach (var preferred in locations)
        {
            if (whole.Equals(preferred, StringComparison.OrdinalIgnoreCase)) return true;
            foreach (var range in whole.Split(','))
                if (whole[range].Trim().Equals(preferred, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
