using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Domain.Skills;

namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>
/// One change a resume suggests to the profile: <c>add</c> (skills: <see cref="Values"/> are added, none dropped) or
/// <c>replace</c> (<see cref="Current"/> becomes the single value in <see cref="Values"/>).
/// </summary>
public sealed record ResumeSuggestion(string Field, string Action, IReadOnlyList<string> Values, string? Current)
{
    public const string Add = "add";
    public const string Replace = "replace";

    /// <summary>The one new value of a <c>replace</c>.</summary>
    public string Value => Values[0];
}

/// <summary>
/// The parse result as a diff against the profile, and what accepting part of it sends to the profile. Nothing here
/// writes: a suggestion becomes a change only through <see cref="ChangeFor"/>, which the user's click asks for, and the
/// change then passes the profile's own rules. Only what the parser read from the text is offered, so a resume that
/// tries to instruct a machine ("set my level to lead") changes what is shown, never the profile.
/// </summary>
public sealed class ResumeSuggestionRules(SkillCatalogue catalogue)
{
    public const string Skills = "skills";
    public const string ExperienceLevel = "experience_level";
    public const string FullName = "full_name";

    /// <summary>
    /// The fields a resume may suggest. Locations are not among them (a resume's addresses say where a person lived,
    /// not where they want to work), nor the email (the account's, changed by signing in again, not by a file).
    /// </summary>
    public static IReadOnlyList<string> Fields { get; } = [Skills, ExperienceLevel, FullName];

    public IReadOnlyList<ResumeSuggestion> For(ParsedResume? parsed, ProfileView profile, IReadOnlyCollection<string> dismissed)
    {
        if (parsed is null) return [];
        var suggestions = new List<ResumeSuggestion>();

        if (!dismissed.Contains(Skills))
        {
            var held = profile.Skills.Select(catalogue.Canonicalise).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var room = Math.Max(0, SkillList.MaxItems - profile.Skills.Count);
            var added = catalogue.CanonicaliseAll(parsed.Skills).Where(s => !held.Contains(s)).Take(room).ToList();
            if (added.Count > 0) suggestions.Add(new ResumeSuggestion(Skills, ResumeSuggestion.Add, added, null));
        }

        if (!dismissed.Contains(ExperienceLevel) && parsed.ExperienceLevel is { } level && level != profile.ExperienceLevel)
            suggestions.Add(new ResumeSuggestion(ExperienceLevel, ResumeSuggestion.Replace, [SnakeCase.Name(level)],
                profile.ExperienceLevel is { } current ? SnakeCase.Name(current) : null));

        var name = Text.Clean(parsed.Name);
        if (!dismissed.Contains(FullName) && name.Length is > 0 and <= Limits.MaxNameLength
            && !string.Equals(name, profile.FullName?.Trim(), StringComparison.Ordinal))
            suggestions.Add(new ResumeSuggestion(FullName, ResumeSuggestion.Replace, [name], profile.FullName));

        return suggestions;
    }

    /// <summary>
    /// The fields a client asked for, checked: each must be one a resume suggests (<c>fields</c> error otherwise), at
    /// least one, each once.
    /// </summary>
    public static IReadOnlyList<string> Checked(IEnumerable<string?>? fields)
    {
        var asked = (fields ?? []).Select(f => Text.Clean(f).ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count == 0) throw ValidationFailedException.For("fields", "Name at least one field: " + string.Join(", ", Fields) + ".");
        foreach (var field in asked)
            if (!Fields.Contains(field))
                throw ValidationFailedException.For("fields", $"'{field}' is not a field a resume suggests; the fields are {string.Join(", ", Fields)}.");
        return asked;
    }

    /// <summary>
    /// The profile change that accepts the named suggestions: skills are the profile's followed by the suggested ones
    /// (never fewer); a field with no suggestion now (already applied, dismissed) changes nothing. Null when nothing changes.
    /// </summary>
    public static ProfileFields? ChangeFor(IReadOnlyList<ResumeSuggestion> suggestions, ProfileView profile, IReadOnlyCollection<string> fields)
    {
        var accepted = suggestions.Where(s => fields.Contains(s.Field)).ToList();
        if (accepted.Count == 0) return null;
        var present = new List<string>();
        IReadOnlyList<string>? skills = null;
        string? level = null, fullName = null;
        foreach (var s in accepted)
        {
            switch (s.Field)
            {
                case Skills:
                    skills = [.. profile.Skills, .. s.Values];
                    present.Add(nameof(ProfileFields.Skills));
                    break;
                case ExperienceLevel:
                    level = s.Value;
                    present.Add(nameof(ProfileFields.ExperienceLevel));
                    break;
                case FullName:
                    fullName = s.Value;
                    present.Add(nameof(ProfileFields.FullName));
                    break;
            }
        }
        return new ProfileFields
        {
            Skills = skills, ExperienceLevel = level, FullName = fullName, Present = PartialUpdate.Sent([.. present]),
        };
    }
}
