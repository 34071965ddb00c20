using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Skills;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Capture;

/// <summary>A job brought in by its link: the job, which reader found it, and whether only the email's words made it.</summary>
public sealed record ImportedJob(Job Job, string Via, bool FromEmailOnly = false);

/// <summary>A job link found in an email, and the job already in the list under that link, if any.</summary>
public sealed record EmailJobItem(string Url, string? Title, string? Company, int? ExistingJobId);

/// <summary>
/// Brings a job into a user's list from a link: the same link twice (tracking parameters and fragment ignored) is
/// refused with the job already there; a known ATS link is read from the board's API; otherwise the page (given, or
/// fetched through the one SSRF-safe fetcher) is read. The job is created through <see cref="JobService"/>, so the
/// job rules, revisions and matching apply as to any other job; it records <c>url</c> as its source and the link's
/// host as the detail. What a page says is only ever stored as text: no part of it is obeyed.
/// </summary>
public sealed class JobImport(AppDbContext db, JobService jobs, IPageFetcher fetcher, IJobPageReader reader, IAtsLookup ats,
    IAlertEmailReader emails, SkillCatalogue catalogue, ImportAllowance allowance)
{
    /// <summary>The most HTML a client may hand over instead of a fetch; the fetcher reads no more than this either.</summary>
    public const int MaxHtmlBytes = 2 * 1024 * 1024;

    public async Task<ImportedJob> ImportAsync(int userId, string? url, string? html, CancellationToken ct) =>
        await ImportAsync(userId, url, html, null, ct);

    /// <summary>
    /// As above; with <paramref name="fallback"/> (a link from an email) a page that cannot be fetched or holds no job
    /// still makes a job, from the email's own title and company.
    /// </summary>
    public async Task<ImportedJob> ImportAsync(int userId, string? url, string? html, EmailJobLink? fallback, CancellationToken ct)
    {
        var link = WebLinks.Parse(url);
        allowance.Take(userId);
        if (await ExistingAsync(userId, link.AbsoluteUri, ct) is { } existing) throw new JobAlreadyListedException(existing);
        FoundJob? found;
        try
        {
            found = await FindAsync(link, html, ct);
        }
        catch (Exception e) when (e is PageFetchException or NoJobFoundException && fallback is { Title: { Length: > 0 }, Company: { Length: > 0 } })
        {
            found = null;
        }
        var fromEmail = false;
        if (found is null)
        {
            if (fallback is not { Title: { Length: > 0 } title, Company: { Length: > 0 } company })
                throw new NoJobFoundException("No job could be read from that page: it names no job title and employer.");
            found = new FoundJob { Title = Text.Cap(title, Limits.MaxNameLength), Company = Text.Cap(company, Limits.MaxNameLength), Via = "email" };
            fromEmail = true;
        }
        var job = await jobs.CreateAsync(userId, FieldsOf(found, link), JobSource.Url, link.Host, ct);
        return new ImportedJob(job, found.Via, fromEmail);
    }

    private async Task<FoundJob?> FindAsync(Uri link, string? html, CancellationToken ct)
    {
        if (html is not null)
        {
            if (System.Text.Encoding.UTF8.GetByteCount(html) > MaxHtmlBytes)
                throw ValidationFailedException.For("html", $"The page's HTML is larger than {MaxHtmlBytes / (1024 * 1024)} MB.", "payload_too_large");
            return await reader.ReadAsync(link, html, ct) ?? throw NoJob();
        }
        if (await ats.FindAsync(link, ct) is { } record) return record;
        var page = await fetcher.FetchAsync(link.AbsoluteUri, ct);
        if (page.MediaType is { } type && !type.Contains("html", StringComparison.OrdinalIgnoreCase) && !type.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
            throw new NoJobFoundException($"The link leads to {type}, not a web page, so there is no job to read from it.");
        return await reader.ReadAsync(page.Url, page.Text, ct) ?? throw NoJob();
    }

    private static NoJobFoundException NoJob() =>
        new("No job could be read from that page: it names no job title and employer. Add the job by hand instead.");

    /// <summary>The id of the user's job with that link (tracking parameters and fragment ignored), if there is one.</summary>
    public async Task<int?> ExistingAsync(int userId, string url, CancellationToken ct)
    {
        var key = PostingKeys.Url(url);
        return key is null ? null
            : await db.Jobs.Where(j => j.UserId == userId && j.UrlKey == key).OrderBy(j => j.Id).Select(j => (int?)j.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The job links of an alert email, each marked with the job already in the list under it.</summary>
    public async Task<IReadOnlyList<EmailJobItem>> ReadEmailAsync(int userId, Stream eml, CancellationToken ct)
    {
        allowance.Take(userId);
        var links = await emails.ReadAsync(eml, ct);
        var keys = links.Select(l => PostingKeys.Url(l.Url)).OfType<string>().ToList();
        var listed = await db.Jobs.Where(j => j.UserId == userId && j.UrlKey != null && keys.Contains(j.UrlKey))
            .Select(j => new { j.Id, j.UrlKey }).ToListAsync(ct);
        var byKey = listed.GroupBy(j => j.UrlKey!).ToDictionary(g => g.Key, g => g.Min(j => j.Id), StringComparer.Ordinal);
        return links.Select(l => new EmailJobItem(l.Url, l.Title, l.Company,
            PostingKeys.Url(l.Url) is { } key && byKey.TryGetValue(key, out var id) ? id : null)).ToList();
    }


    private JobFields FieldsOf(FoundJob found, Uri link)
    {
        var salary = found.Salary;
        int? Amount(decimal? v) => v is > 0 and < 100_000_000 ? (int)decimal.Round(v.Value) : null;
        var (min, max) = (Amount(salary?.Min), Amount(salary?.Max));
        if (min > max) (min, max) = (max, min);
        var currency = salary?.Currency?.Trim().ToUpperInvariant();
        var skills = found.Skills.Select(catalogue.Find).OfType<Skill>().Select(s => s.Name).Distinct().ToList();
        var description = Text.Cap(found.DescriptionText, Limits.MaxTextLength);
        var deadline = found.ValidThrough is { } v && v >= Validation.EarliestDate && v <= Validation.LatestDate ? v : (DateOnly?)null;
        var applyUrl = found.ApplyUrl is { Length: <= WebLinks.MaxLength } a && PostingKeys.Url(a) != PostingKeys.Url(link.AbsoluteUri) ? a : null;
        return new JobFields
        {
            Title = Text.Clean(found.Title, Limits.MaxNameLength),
            Company = Text.Clean(found.Company, Limits.MaxNameLength),
            Location = found.Location is null ? null : Text.Clean(found.Location, Limits.MaxNameLength),
            Remote = SnakeCase.Name(found.Remote),
            EmploymentType = found.EmploymentType is { } e ? SnakeCase.Name(e) : null,
            Description = description,
            Url = link.AbsoluteUri,
            ApplyUrl = applyUrl,
            SalaryMin = min,
            SalaryMax = max,
            SalaryCurrency = min is null && max is null || currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper) ? null : currency,
            SalaryPeriod = min is null && max is null ? null : salary?.Period is { } p ? SnakeCase.Name(p) : null,
            PostedAt = found.PostedAt is { } posted ? new DateTimeOffset(DateTime.SpecifyKind(posted, DateTimeKind.Utc)) : null,
            Deadline = deadline,
            TechStack = skills.Count > 0 ? skills : null,
        };
    }
}
