using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Skills;

namespace CareerCopilot.Web.Domain.Jobs;

/// <summary>What a job's fields may hold: validates a change and copies it onto the job, with no database in sight.</summary>
public sealed class JobRules(SkillCatalogue catalogue, SkillExtractor extractor)
{
    /// <summary>
    /// Validates the fields sent (all of them for a new job, whose company and title are required) and copies them;
    /// returns the requested status, which the caller applies through the application rules.
    /// </summary>
    public JobStatus? Apply(Job job, JobFields f, bool isNew)
    {
        if (isNew) f = f with { Present = null };
        var v = new Validation();
        if (f.Has(nameof(f.Company))) job.Company = v.Required(nameof(f.Company), "Company", f.Company, Limits.MaxNameLength);
        if (f.Has(nameof(f.Title))) job.Title = v.Required(nameof(f.Title), "Title", f.Title, Limits.MaxNameLength);
        if (f.Has(nameof(f.Location))) job.Location = v.Optional(nameof(f.Location), "Location", f.Location, Limits.MaxNameLength);
        if (f.Has(nameof(f.Remote))) job.Remote = v.OptionalEnum<RemoteMode>(nameof(f.Remote), "Remote", f.Remote) ?? RemoteMode.Unknown;
        if (f.Has(nameof(f.EmploymentType)))
            job.EmploymentType = v.OptionalEnum<EmploymentType>(nameof(f.EmploymentType), "Employment type", f.EmploymentType);
        if (f.Has(nameof(f.ExperienceLevel)))
            job.ExperienceLevel = v.OptionalEnum<ExperienceLevel>(nameof(f.ExperienceLevel), "Experience level", f.ExperienceLevel);
        if (f.Has(nameof(f.TechStack))) job.TechStack = catalogue.Normalise(f.TechStack ?? [], v, nameof(f.TechStack));
        if (f.Has(nameof(f.Responsibilities)))
            job.Responsibilities = v.Optional(nameof(f.Responsibilities), "Responsibilities", f.Responsibilities, Limits.MaxTextLength);
        if (f.Has(nameof(f.Description))) job.Description = v.Optional(nameof(f.Description), "Description", f.Description, Limits.MaxTextLength);
        if (f.Has(nameof(f.Url))) job.Url = v.OptionalUrl(nameof(f.Url), "Link", f.Url);
        if (f.Has(nameof(f.ApplyUrl))) job.ApplyUrl = v.OptionalUrl(nameof(f.ApplyUrl), "Apply link", f.ApplyUrl);
        if (f.Has(nameof(f.SalaryMin))) job.SalaryMin = NonNegative(v, nameof(f.SalaryMin), f.SalaryMin);
        if (f.Has(nameof(f.SalaryMax))) job.SalaryMax = NonNegative(v, nameof(f.SalaryMax), f.SalaryMax);
        if (job.SalaryMin > job.SalaryMax) v.Add(nameof(f.SalaryMax), "Maximum salary must not be below the minimum.");
        if (f.Has(nameof(f.SalaryCurrency))) job.SalaryCurrency = Currency(v, nameof(f.SalaryCurrency), f.SalaryCurrency);
        if (f.Has(nameof(f.SalaryPeriod))) job.SalaryPeriod = v.OptionalEnum<SalaryPeriod>(nameof(f.SalaryPeriod), "Salary period", f.SalaryPeriod);
        if (f.Has(nameof(f.Notes))) job.Notes = v.Optional(nameof(f.Notes), "Notes", f.Notes, Limits.MaxTextLength);
        if (f.Has(nameof(f.DateApplied))) job.DateApplied = f.DateApplied;
        if (f.Has(nameof(f.Deadline))) job.Deadline = v.OptionalDate(nameof(f.Deadline), "Deadline", f.Deadline);
        if (f.Has(nameof(f.PostedAt))) job.PostedAt = f.PostedAt?.UtcDateTime;
        var status = f.Has(nameof(f.Status)) ? v.OptionalEnum<JobStatus>(nameof(f.Status), "Status", f.Status) : null;
        v.ThrowIfInvalid();
        // Only a change that brings text and no skills has them read from the text; a status change never does.
        if (job.TechStack.Count == 0 && (f.Has(nameof(f.Description)) || f.Has(nameof(f.Responsibilities)))
            && (job.Description is not null || job.Responsibilities is not null))
            job.TechStack = catalogue.CanonicaliseAll(extractor.Extract($"{job.Description}\n\n{job.Responsibilities}"));
        return status;
    }

    private static int? NonNegative(Validation v, string field, int? value)
    {
        if (value < 0) v.Add(field, "Salary must not be negative.");
        return value;
    }

    private static string? Currency(Validation v, string field, string? value)
    {
        var code = Text.Clean(value).ToUpperInvariant();
        if (code.Length == 0) return null;
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)) v.Add(field, "Currency must be a three-letter code such as EUR.");
        return code;
    }
}
