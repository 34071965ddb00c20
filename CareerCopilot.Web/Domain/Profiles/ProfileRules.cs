using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Skills;

namespace CareerCopilot.Web.Domain.Profiles;

/// <summary>What a profile may hold: validates a change and copies it onto the profile, with no database in sight.</summary>
public sealed class ProfileRules(SkillCatalogue catalogue)
{
    public const int MaxLocations = 20;

    public void Apply(UserProfile profile, ProfileFields f)
    {
        var userId = profile.UserId;
        var v = new Validation();

        if (f.Has(nameof(f.FullName))) profile.FullName = v.Optional(nameof(f.FullName), "Full name", f.FullName, Limits.MaxNameLength);
        if (f.Has(nameof(f.ExperienceLevel)))
            profile.ExperienceLevel = v.OptionalEnum<ExperienceLevel>(nameof(f.ExperienceLevel), "Experience level", f.ExperienceLevel);
        if (f.Has(nameof(f.TimeZone)))
        {
            if (TimeZones.TryFind(f.TimeZone, out var zone)) profile.TimeZone = zone.Id;
            else v.Add(nameof(f.TimeZone), "Time zone must be an IANA name such as Europe/Berlin.");
        }
        if (f.Has(nameof(f.MorningDigest)) && f.MorningDigest is { } morning) profile.MorningDigest = morning;
        if (f.Has(nameof(f.EveningDigest)) && f.EveningDigest is { } evening) profile.EveningDigest = evening;
        if (f.Has(nameof(f.AlertMinScore)) && f.AlertMinScore is { } score)
        {
            if (score is < 0 or > 100) v.Add(nameof(f.AlertMinScore), "Alert score must be between 0 and 100.");
            else profile.AlertMinScore = score;
        }
        if (f.Has(nameof(f.QuietHoursStart)) || f.Has(nameof(f.QuietHoursEnd))) QuietHours(profile, f, v);
        if (f.Has(nameof(f.Skills)))
            Replace(profile.Skills, catalogue.Normalise(f.Skills ?? [], v, nameof(f.Skills)), s => s.Name,
                (name, i) => new UserSkill { UserId = userId, Name = name, Position = i });
        if (f.Has(nameof(f.PreferredLocations)))
        {
            var locations = SkillList.Normalise(f.PreferredLocations ?? [], v, nameof(f.PreferredLocations));
            if (locations.Count > MaxLocations) v.Add(nameof(f.PreferredLocations), $"At most {MaxLocations} locations are allowed.");
            Replace(profile.Locations, locations, l => l.Name, (name, i) => new UserLocation { UserId = userId, Name = name, Position = i });
        }

        v.ThrowIfInvalid();
    }

    /// <summary>Local hours 0–23, both or neither (null clears); a start after the end spans midnight.</summary>
    private static void QuietHours(UserProfile profile, ProfileFields f, Validation v)
    {
        var start = f.Has(nameof(f.QuietHoursStart)) ? f.QuietHoursStart : profile.QuietHoursStart;
        var end = f.Has(nameof(f.QuietHoursEnd)) ? f.QuietHoursEnd : profile.QuietHoursEnd;
        var valid = true;
        if (start is < 0 or > 23) { v.Add(nameof(f.QuietHoursStart), "Quiet hours start must be an hour from 0 to 23."); valid = false; }
        if (end is < 0 or > 23) { v.Add(nameof(f.QuietHoursEnd), "Quiet hours end must be an hour from 0 to 23."); valid = false; }
        if (valid && start is null && end is not null) { v.Add(nameof(f.QuietHoursStart), "Quiet hours need a start hour as well as an end hour."); valid = false; }
        if (valid && end is null && start is not null) { v.Add(nameof(f.QuietHoursEnd), "Quiet hours need an end hour as well as a start hour."); valid = false; }
        if (!valid) return;
        profile.QuietHoursStart = start;
        profile.QuietHoursEnd = end;
    }

    /// <summary>Adds one skill (the skill gap's "I have this") and returns the name it is stored under.</summary>
    public string AddSkill(UserProfile profile, string? skill)
    {
        var name = catalogue.Canonicalise(Text.Clean(skill));
        if (name.Length == 0) throw ValidationFailedException.For(nameof(ProfileFields.Skills), "Choose a skill to add.");
        var skills = profile.Skills.OrderBy(s => s.Position).Select(s => s.Name).Append(name).ToList();
        Apply(profile, new ProfileFields { Skills = skills, Present = PartialUpdate.Sent(nameof(ProfileFields.Skills)) });
        return name;
    }

    /// <summary>Removes one skill (undoing "I have this"); a skill the profile does not hold changes nothing.</summary>
    public void RemoveSkill(UserProfile profile, string? skill)
    {
        var name = catalogue.Canonicalise(Text.Clean(skill));
        var skills = profile.Skills.OrderBy(s => s.Position).Select(s => s.Name)
            .Where(s => !string.Equals(s, name, StringComparison.OrdinalIgnoreCase)).ToList();
        Apply(profile, new ProfileFields { Skills = skills, Present = PartialUpdate.Sent(nameof(ProfileFields.Skills)) });
    }

    /// <summary>Leaves the rows alone when the list is unchanged, so a save that changes nothing writes nothing.</summary>
    private static void Replace<T>(List<T> rows, IReadOnlyList<string> names, Func<T, string> name, Func<string, int, T> create)
    {
        if (rows.Select(name).SequenceEqual(names, StringComparer.Ordinal)) return;
        rows.Clear();
        rows.AddRange(names.Select(create));
    }
}
