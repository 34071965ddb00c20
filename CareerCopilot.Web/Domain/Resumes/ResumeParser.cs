using CareerCopilot.Web.Domain.Skills;

namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>
/// Reads a resume's text into a <see cref="ParsedResume"/> with plain rules, each in its own small class: contact
/// (<see cref="ContactReader"/>), sections (<see cref="ResumeSections"/>), dates (<see cref="ResumeDates"/>), roles
/// (<see cref="RoleReader"/>), education (<see cref="EducationReader"/>), years and level (<see cref="ExperienceRules"/>),
/// skills under the catalogue's names (<see cref="SkillExtractor"/>). It never invents: what the text does not say
/// stays null or empty. It is deterministic and needs nothing but the text, so a later refinement (a language model,
/// say) can run beside it, and every value of the refinement's answer that fails validation loses to this one.
/// </summary>
public sealed class ResumeParser(SkillExtractor skills)
{
    /// <summary>
    /// The text the skills are read from: without addresses (github.com is no skill) and without the employers' names
    /// where they stand as employers (working at HubSpot or Airtable is not using it; a skill written elsewhere still
    /// counts).
    /// </summary>
    private static string SkillText(string text, IReadOnlyList<ReadRole> roles)
    {
        var lines = text.Split('\n');
        foreach (var role in roles)
            if (role.Role.Employer is { Length: > 1 } employer)
                for (var i = 0; i < lines.Length; i++)
                    if (role.Lines.Contains(lines[i].Trim(), StringComparer.Ordinal) || role.Lines.Contains(lines[i], StringComparer.Ordinal))
                        lines[i] = lines[i].Replace(employer, ", ", StringComparison.Ordinal);
        return ContactReader.WithoutAddresses(string.Join('\n', lines));
    }

    public ParsedResume Parse(string text, DateOnly today)
    {
        var clean = ResumeText.Clean(text);
        var lines = clean.Split('\n').Select(l => l.TrimEnd()).ToList();
        var sections = ResumeSections.Split(lines);
        var contact = ContactReader.Read(lines, clean);

        var experience = sections.Where(s => s.Kind == ResumeSectionKind.Experience).SelectMany(s => s.Lines).ToList();
        // Without an experience heading, every span outside education, projects and the like may be a role.
        if (experience.Count == 0)
            experience = sections.Where(s => s.Kind is ResumeSectionKind.Top or ResumeSectionKind.Summary).SelectMany(s => s.Lines).ToList();
        var roles = RoleReader.Read(experience);
        var years = ExperienceRules.Years(roles.Select(r => r.Span), today);
        var latest = roles
            .OrderByDescending(r => r.Span.End is null)
            .ThenByDescending(r => r.Span.End is { } e ? (e.Year * 12) + (e.Month ?? 7) : 0)
            .ThenByDescending(r => (r.Span.Start.Year * 12) + (r.Span.Start.Month ?? 7))
            .FirstOrDefault();

        var education = EducationReader.Read(sections.Where(s => s.Kind == ResumeSectionKind.Education).SelectMany(s => s.Lines).ToList());

        return new ParsedResume
        {
            Name = contact.Name,
            Email = contact.Email,
            Phone = contact.Phone,
            Links = contact.Links,
            Skills = skills.Extract(SkillText(clean, roles)),
            ExperienceYears = years,
            ExperienceLevel = ExperienceRules.Level(years, latest?.Role.Title is { Length: > 0 } title ? title : null),
            Roles = roles.Select(r => r.Role).ToList(),
            Education = education,
        };
    }
}
