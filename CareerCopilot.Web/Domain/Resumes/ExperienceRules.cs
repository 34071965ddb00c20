using System.Text.RegularExpressions;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>
/// Years of experience and the level they imply. Years are the length of the union of the roles' spans up to today:
/// overlapping roles count once, a role still held runs to today, a span's end month counts in full ("Mar 2019 – Mar
/// 2019" is a month). A year written without a month stands for its middle (July), so "2019 – 2021" is two years.
/// Level: the latest role's title decides when it says so (Intern, Trainee, Werkstudent, Praktikant, Stagiaire,
/// Apprentice → intern; Junior → junior; Senior → at least senior; Lead, Principal, Staff, Head of, Director, VP,
/// Chief, CTO, Leiter → lead); otherwise under 2 years is junior, under 5 mid, 5 and more senior.
/// </summary>
public static partial class ExperienceRules
{
    public const double JuniorBelowYears = 2;
    public const double MidBelowYears = 5;

    public static double? Years(IEnumerable<ResumeDateRange> spans, DateOnly today)
    {
        // Today as a fraction of its month, so a role still held counts to the day.
        var now = Index(today.Year, today.Month) + ((today.Day - 1.0) / DateTime.DaysInMonth(today.Year, today.Month));
        var intervals = spans
            .Select(s => (Start: (double)Index(s.Start.Year, s.Start.Month ?? 7), End: s.End is { } e ? Index(e.Year, e.Month ?? 7) + (e.Month is null ? 0 : 1) : now))
            .Select(s => (s.Start, End: Math.Min(s.End, now)))
            .Where(s => s.End > s.Start)
            .OrderBy(s => s.Start)
            .ToList();
        if (intervals.Count == 0) return null;
        double months = 0, start = intervals[0].Start, end = intervals[0].End;
        foreach (var (s, e) in intervals.Skip(1))
        {
            if (s > end)
            {
                months += end - start;
                (start, end) = (s, e);
            }
            else end = Math.Max(end, e);
        }
        months += end - start;
        return Math.Round(months / 12.0, 1, MidpointRounding.AwayFromZero);
    }

    private static int Index(int year, int month) => (year * 12) + month - 1;

    /// <summary>The level a resume implies: from the latest role's title when it names one, else from the years; null without either.</summary>
    public static ExperienceLevel? Level(double? years, string? latestTitle)
    {
        var byTitle = latestTitle is null ? null : TitleLevel(latestTitle);
        if (byTitle is ExperienceLevel.Intern or ExperienceLevel.Junior or ExperienceLevel.Lead) return byTitle;
        ExperienceLevel? byYears = years switch
        {
            null => null,
            < JuniorBelowYears => ExperienceLevel.Junior,
            < MidBelowYears => ExperienceLevel.Mid,
            _ => ExperienceLevel.Senior,
        };
        return byTitle is ExperienceLevel.Senior ? ExperienceLevel.Senior : byYears;
    }

    public static ExperienceLevel? TitleLevel(string title)
    {
        if (LeadTitle().IsMatch(title)) return ExperienceLevel.Lead;
        if (InternTitle().IsMatch(title)) return ExperienceLevel.Intern;
        if (JuniorTitle().IsMatch(title)) return ExperienceLevel.Junior;
        if (SeniorTitle().IsMatch(title)) return ExperienceLevel.Senior;
        return null;
    }

    [GeneratedRegex(@"\b(lead|leader|principal|staff|head\s+of|director|vp|vice\s+president|chief|cto|cio|leiter|leiterin|teamleiter|teamleiterin|directeur|directrice)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadTitle();

    [GeneratedRegex(@"\b(intern|internship|trainee|werkstudent|werkstudentin|praktikant|praktikantin|stagiaire|apprentice|azubi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InternTitle();

    [GeneratedRegex(@"\b(junior|jr\.?|graduate|associate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex JuniorTitle();

    [GeneratedRegex(@"\b(senior|sr\.?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorTitle();
}
