using System.Globalization;
using System.Text;

namespace CareerCopilot.Web.Domain.Resumes;

public enum ResumeSectionKind { Top, Summary, Experience, Education, Skills, Projects, Other }

/// <summary>A part of a resume under one heading; <see cref="ResumeSectionKind.Top"/> is what comes before the first heading.</summary>
public sealed record ResumeSection(ResumeSectionKind Kind, string? Heading, IReadOnlyList<string> Lines);

/// <summary>
/// Splits a resume into its sections by their headings: a short line that is a known heading ("Work Experience",
/// "Berufserfahrung", "Formation"), or a short line in capitals or ending in a colon that holds a heading's word
/// ("PROFESSIONAL EXPERIENCE", "Tech skills:").
/// </summary>
public static class ResumeSections
{
    private const int MaxHeadingLength = 48;
    private const int MaxHeadingWords = 5;

    private static readonly Dictionary<string, ResumeSectionKind> Headings = BuildHeadings();

    private static Dictionary<string, ResumeSectionKind> BuildHeadings()
    {
        var map = new Dictionary<string, ResumeSectionKind>(StringComparer.Ordinal);
        void Add(ResumeSectionKind kind, string names)
        {
            foreach (var name in names.Split('|')) map[name] = kind;
        }
        Add(ResumeSectionKind.Experience,
            "experience|work experience|professional experience|relevant experience|employment|employment history|work history|" +
            "career history|career|professional background|experience and employment|positions held|work|jobs|" +
            "berufserfahrung|berufliche erfahrung|beruflicher werdegang|werdegang|erfahrung|praxiserfahrung|" +
            "experience professionnelle|experiences professionnelles|experiences|parcours professionnel|parcours");
        Add(ResumeSectionKind.Education,
            "education|academic background|academic qualifications|qualifications|education and training|training|studies|" +
            "education and qualifications|academics|ausbildung|bildung|bildungsweg|studium|schulbildung|akademische ausbildung|" +
            "formation|formations|etudes|diplomes|formation academique|cursus");
        Add(ResumeSectionKind.Skills,
            "skills|technical skills|core skills|key skills|skills and tools|tools|technologies|tech stack|competencies|" +
            "core competencies|expertise|areas of expertise|skills and technologies|it skills|kenntnisse|fahigkeiten|" +
            "fachkenntnisse|it kenntnisse|kompetenzen|technische kenntnisse|competences|competences techniques|outils");
        Add(ResumeSectionKind.Summary,
            "summary|professional summary|profile|personal profile|about|about me|objective|career objective|overview|" +
            "profil|kurzprofil|uber mich|resume|a propos");
        Add(ResumeSectionKind.Projects, "projects|selected projects|personal projects|side projects|projekte|projets");
        Add(ResumeSectionKind.Other,
            "certifications|certificates|licenses|languages|interests|hobbies|references|publications|awards|honors|" +
            "achievements|volunteering|volunteer experience|contact|contact details|personal details|personal information|" +
            "sprachen|interessen|hobbys|zertifikate|kontakt|personliche daten|langues|centres d interet|certificats|" +
            "loisirs|informations personnelles|links|online");
        return map;
    }

    private static readonly (string Word, ResumeSectionKind Kind)[] HeadingWords =
    [
        ("experience", ResumeSectionKind.Experience), ("employment", ResumeSectionKind.Experience),
        ("berufserfahrung", ResumeSectionKind.Experience), ("experiences", ResumeSectionKind.Experience),
        ("education", ResumeSectionKind.Education), ("ausbildung", ResumeSectionKind.Education),
        ("formation", ResumeSectionKind.Education), ("skills", ResumeSectionKind.Skills),
        ("kenntnisse", ResumeSectionKind.Skills), ("competences", ResumeSectionKind.Skills),
        ("projects", ResumeSectionKind.Projects), ("summary", ResumeSectionKind.Summary), ("profile", ResumeSectionKind.Summary),
        ("certifications", ResumeSectionKind.Other), ("languages", ResumeSectionKind.Other),
    ];

    public static IReadOnlyList<ResumeSection> Split(IReadOnlyList<string> lines)
    {
        var sections = new List<ResumeSection>();
        var kind = ResumeSectionKind.Top;
        string? heading = null;
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (HeadingKind(line) is { } next)
            {
                if (current.Count > 0 || heading is not null) sections.Add(new ResumeSection(kind, heading, current));
                (kind, heading, current) = (next, line.Trim(), []);
            }
            else current.Add(line);
        }
        if (current.Count > 0 || heading is not null) sections.Add(new ResumeSection(kind, heading, current));
        return sections;
    }

    /// <summary>The kind of section the line heads, or null when it is no heading.</summary>
    public static ResumeSectionKind? HeadingKind(string line)
    {
        var trimmed = line.Trim().Trim('#', '=', '*', '_', '-', '|', '•', '·', '■', '►', ' ', '\t');
        var colon = trimmed.EndsWith(':');
        trimmed = trimmed.TrimEnd(':').Trim();
        if (trimmed.Length is 0 or > MaxHeadingLength || trimmed.Any(char.IsDigit) || trimmed.Contains('@')) return null;
        var key = Key(trimmed);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxHeadingWords) return null;
        if (Headings.TryGetValue(key, out var kind)) return kind;
        var capitals = trimmed.Any(char.IsLetter) && trimmed.Where(char.IsLetter).All(char.IsUpper);
        if (!capitals && !colon) return null;
        foreach (var (word, k) in HeadingWords)
            if (words.Contains(word)) return k;
        return null;
    }

    /// <summary>Lower case without accents or punctuation, "&amp;" as "and": "Expérience professionnelle" is "experience professionnelle".</summary>
    private static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
