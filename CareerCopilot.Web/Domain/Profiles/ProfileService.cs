using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Skills;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Profiles;

/// <summary>Reads and changes a user's profile; the same rules for the profile page and the API.</summary>
public sealed class ProfileService(AppDbContext db, TimeProvider clock)
{
    public const int MaxLocations = 20;

    public async Task<ProfileView> GetAsync(int userId, CancellationToken ct)
    {
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(ct) ?? "";
        var profile = await LoadAsync(userId, ct);
        return ToView(email, profile);
    }

    public async Task<ProfileView> UpdateAsync(int userId, ProfileFields fields, CancellationToken ct)
    {
        var profile = await LoadAsync(userId, ct);
        Apply(profile, fields);
        await db.SaveChangesAsync(ct);
        return await GetAsync(userId, ct);
    }

    /// <summary>Adds one skill (the skill gap's "I have this") and returns the name it is stored under.</summary>
    public async Task<string> AddSkillAsync(int userId, string? skill, CancellationToken ct)
    {
        var name = SkillCatalogue.Default.Canonicalise(Text.Clean(skill));
        if (name.Length == 0) throw ValidationFailedException.For("skills", "Choose a skill to add.");
        var profile = await LoadAsync(userId, ct);
        var skills = profile.Skills.OrderBy(s => s.Position).Select(s => s.Name).Append(name).ToList();
        Apply(profile, new ProfileFields { Skills = skills, Present = new HashSet<string> { "skills" } });
        await db.SaveChangesAsync(ct);
        return name;
    }

    private static void Apply(UserProfile profile, ProfileFields fields)
    {
        var userId = profile.UserId;
        var v = new Validation();

        if (fields.Has("full_name")) profile.FullName = v.Optional("full_name", "Full name", fields.FullName, 200);
        if (fields.Has("experience_level"))
            profile.ExperienceLevel = v.OptionalEnum<ExperienceLevel>("experience_level", "Experience level", fields.ExperienceLevel);
        if (fields.Has("time_zone"))
        {
            if (TimeZones.TryFind(fields.TimeZone, out var zone)) profile.TimeZone = zone.Id;
            else v.Add("time_zone", "Time zone must be an IANA name such as Europe/Berlin.");
        }
        if (fields.Has("morning_digest") && fields.MorningDigest is { } morning) profile.MorningDigest = morning;
        if (fields.Has("evening_digest") && fields.EveningDigest is { } evening) profile.EveningDigest = evening;
        if (fields.Has("alert_min_score") && fields.AlertMinScore is { } score)
        {
            if (score is < 0 or > 100) v.Add("alert_min_score", "Alert score must be between 0 and 100.");
            else profile.AlertMinScore = score;
        }
        if (fields.Has("skills"))
            Replace(profile.Skills, SkillList.NormaliseSkills(fields.Skills ?? [], v, "skills"), s => s.Name,
                (name, i) => new UserSkill { UserId = userId, Name = name, Position = i });
        if (fields.Has("preferred_locations"))
        {
            var locations = SkillList.Normalise(fields.PreferredLocations ?? [], v, "preferred_locations");
            if (locations.Count > MaxLocations) v.Add("preferred_locations", $"At most {MaxLocations} locations are allowed.");
            Replace(profile.Locations, locations, l => l.Name, (name, i) => new UserLocation { UserId = userId, Name = name, Position = i });
        }

        v.ThrowIfInvalid();
    }

    /// <summary>The user's local date, for "date applied" and the digests.</summary>
    public async Task<DateOnly> TodayAsync(int userId, CancellationToken ct)
    {
        var zone = await db.Profiles.Where(p => p.UserId == userId).Select(p => p.TimeZone).SingleOrDefaultAsync(ct);
        return TimeZones.Today(zone, clock.GetUtcNow());
    }

    /// <summary>A profile row exists from sign-up on; one is made here for accounts created before that rule.</summary>
    private async Task<UserProfile> LoadAsync(int userId, CancellationToken ct)
    {
        var profile = await db.Profiles.Include(p => p.Skills).Include(p => p.Locations)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is not null) return profile;
        profile = new UserProfile { UserId = userId };
        db.Profiles.Add(profile);
        return profile;
    }

    /// <summary>Leaves the rows alone when the list is unchanged, so a save that changes nothing writes nothing.</summary>
    private static void Replace<T>(List<T> rows, IReadOnlyList<string> names, Func<T, string> name, Func<string, int, T> create)
    {
        if (rows.Select(name).SequenceEqual(names, StringComparer.Ordinal)) return;
        rows.Clear();
        rows.AddRange(names.Select(create));
    }

    private static ProfileView ToView(string email, UserProfile p) => new(
        email, p.FullName,
        p.Skills.OrderBy(s => s.Position).Select(s => s.Name).ToList(),
        p.Locations.OrderBy(l => l.Position).Select(l => l.Name).ToList(),
        p.ExperienceLevel, p.TimeZone, p.MorningDigest, p.EveningDigest, p.AlertMinScore);
}
