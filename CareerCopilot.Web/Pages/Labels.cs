using System.Collections.Frozen;
using Microsoft.AspNetCore.Html;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Pages;

/// <summary>How enum values read to a person, and the badge colour of each status.</summary>
public static class Labels
{
    public static string Of<T>(T value) where T : struct, Enum => Of(SnakeCase.Name(value));

    public static string Of(string snake) => Known.TryGetValue(snake, out var label) ? label : Spell(snake);

    // Labels of every enum the pages show, worked out once.
    private static readonly FrozenDictionary<string, string> Known =
        new[] { SnakeCase.Names<JobStatus>(), SnakeCase.Names<ApplicationStatus>(), SnakeCase.Names<RemoteMode>(), SnakeCase.Names<JobSource>(),
                SnakeCase.Names<EmploymentType>(), SnakeCase.Names<ExperienceLevel>(), SnakeCase.Names<SalaryPeriod>() }
            .SelectMany(n => n).Distinct().ToDictionary(n => n, Spell).ToFrozenDictionary();

    private static string Spell(string snake) => snake switch
    {
        "not_applied" => "Not applied",
        "full_time" => "Full time",
        "part_time" => "Part time",
        "onsite" => "On-site",
        "url" => "Link",
        "scraped" => "Job board",
        _ => char.ToUpperInvariant(snake[0]) + snake[1..].Replace('_', ' '),
    };

    /// <summary>The colour band of a match score, named for what it means to the user.</summary>
    private static (string Css, string Label) ScoreBand(int score) => score switch
    {
        >= 80 => ("score-strong", "Strong match"),
        >= 60 => ("score-good", "Good match"),
        >= 40 => ("score-fair", "Partial match"),
        _ => ("score-weak", "Weak match"),
    };

    /// <summary>
    /// A score as a coloured badge. Markup from a method, not a partial: the jobs table draws twenty a page, and a
    /// partial per row costs more than the rest of the row. Every part is a number or a constant, so nothing needs encoding.
    /// </summary>
    public static IHtmlContent ScoreBadge(int? score)
    {
        if (score is not { } value) return HtmlString.Empty;
        var (css, label) = ScoreBand(value);
        return new HtmlString(
            $"<span class=\"score-badge {css}\" title=\"{label}: {value} of 100\">{value}<span class=\"visually-hidden\"> of 100, {label.ToLowerInvariant()}</span></span>");
    }

    /// <summary>The large round score of a card or the job page, its band in words beneath.</summary>
    public static IHtmlContent ScoreRing(int score, string? valueId = null)
    {
        var (css, label) = ScoreBand(score);
        var id = valueId is null ? "" : $" id=\"{valueId}\"";
        return new HtmlString(
            $"<div class=\"score-ring {css}\" title=\"{label}\"><span class=\"score-value\"{id}>{score}</span><span class=\"score-caption\">{label}</span></div>");
    }

    public static string Badge(JobStatus status) => "status-badge status-" + SnakeCase.Name(status);

    public static string Badge(ApplicationStatus status) => Badge(ApplicationRules.ToJobStatus(status));

    public static string Salary(Job job) => Salary(job.SalaryMin, job.SalaryMax, job.SalaryCurrency, job.SalaryPeriod);

    public static string Salary(JobSummary job) => Salary(job.SalaryMin, job.SalaryMax, job.SalaryCurrency, job.SalaryPeriod);

    private static string Salary(int? salaryMin, int? salaryMax, string? currency, SalaryPeriod? salaryPeriod)
    {
        if (salaryMin is null && salaryMax is null) return "";
        var range = (salaryMin, salaryMax) switch
        {
            ({ } min, { } max) when min != max => $"{min:N0}–{max:N0}",
            ({ } min, _) => $"{min:N0}",
            (_, { } max) => $"up to {max:N0}",
            _ => "",
        };
        var period = salaryPeriod is { } p ? $" per {SnakeCase.Name(p)}" : "";
        return $"{range} {currency}{period}".Replace("  ", " ").Trim();
    }
}
