using CareerCopilot.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Profiles;

/// <summary>Reads and changes a user's profile; the same rules for the profile page and the API.</summary>
public sealed class ProfileService(AppDbContext db, ProfileRules rules, TimeProvider clock)
{
    public async Task<ProfileView> GetAsync(int userId, CancellationToken ct)
    {
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(ct) ?? "";
        var profile = await LoadAsync(userId, ct);
        return ToView(email, profile);
    }

    public async Task<ProfileView> UpdateAsync(int userId, ProfileFields fields, CancellationToken ct)
    {
        var profile = await LoadAsync(userId, ct);
        rules.Apply(profile, fields);
        await db.SaveChangesAsync(ct);
        return await GetAsync(userId, ct);
    }

    /// <summary>Adds one skill (the skill gap's "I have this") and returns the name it is stored under.</summary>
    public async Task<string> AddSkillAsync(int userId, string? skill, CancellationToken ct)
    {
        var profile = await LoadAsync(userId, ct);
        var name = rules.AddSkill(profile, skill);
        await db.SaveChangesAsync(ct);
        return name;
    }

    /// <summary>The user's local date, for "date applied" and the digests.</summary>
    /// <summary>Removes one skill: the undo of "I have this".</summary>
    public async Task RemoveSkillAsync(int userId, string? skill, CancellationToken ct)
    {
        var profile = await LoadAsync(userId, ct);
        rules.RemoveSkill(profile, skill);
        await db.SaveChangesAsync(ct);
    }

    public async Task<DateOnly> TodayAsync(int userId, CancellationToken ct) => (await CalendarAsync(userId, ct)).Today;

    public async Task<UserCalendar> CalendarAsync(int userId, CancellationToken ct)
    {
        var zone = await db.Profiles.Where(p => p.UserId == userId).Select(p => p.TimeZone).SingleOrDefaultAsync(ct);
        return new UserCalendar(zone, TimeZones.DateOf(zone, clock.GetUtcNow()));
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

    private static ProfileView ToView(string email, UserProfile p) => new(
        email, p.FullName,
        p.Skills.OrderBy(s => s.Position).Select(s => s.Name).ToList(),
        p.Locations.OrderBy(l => l.Position).Select(l => l.Name).ToList(),
        p.ExperienceLevel, p.TimeZone, p.MorningDigest, p.EveningDigest, p.AlertMinScore, p.QuietHoursStart, p.QuietHoursEnd);
}
