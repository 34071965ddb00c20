using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Jobs;

/// <summary>What came of one link: the job added, the job already there, or why nothing was added.</summary>
public sealed record LinkOutcome(int? JobId, string? JobName, bool AlreadyListed, string? Refusal, bool FromEmailOnly = false, string? Url = null)
{
    public static LinkOutcome Added(ImportedJob imported, string url) =>
        new(imported.Job.Id, $"{imported.Job.Title} at {imported.Job.Company}", false, null, imported.FromEmailOnly, url);
}

/// <summary>
/// Bringing jobs in: a link (the "Add by link" box on the jobs page posts here), or a job-alert email whose job links
/// are listed to tick and import. Every link goes through <see cref="JobImport"/>, as the API's do.
/// </summary>
public sealed class ImportModel(JobImport import) : PageModel
{
    public const string LinkResultId = "import-link-result";
    public const string LinkFieldId = "import-link";

    [BindProperty] public List<EmailPick> Picks { get; set; } = [];

    public sealed class EmailPick
    {
        public string Url { get; set; } = "";
        public string? Title { get; set; }
        public string? Company { get; set; }
        public int? ExistingJobId { get; set; }
        public bool Selected { get; set; }
    }

    public LinkOutcome? Outcome { get; private set; }
    public string? Link { get; private set; }
    public string? EmailError { get; private set; }
    public IReadOnlyList<LinkOutcome>? Results { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostLinkAsync(string? link, CancellationToken ct)
    {
        Link = link;
        Outcome = await ImportOneAsync(link, null, ct);
        if (Request.IsHtmx())
        {
            if (Outcome.JobId is not null && !Outcome.AlreadyListed) this.Toast($"Added {Outcome.JobName}.", HtmxEvents.JobsChanged);
            return Partial("_LinkResult", Outcome);
        }
        if (Outcome is { JobId: { } id, AlreadyListed: false }) return this.FlashAndRedirect($"Added {Outcome.JobName}.", "/Jobs/Details", new { id });
        return Page();
    }

    public async Task<IActionResult> OnPostEmailAsync(IFormFile? file, CancellationToken ct)
    {
        Picks = [];
        if (file is null || file.Length == 0)
        {
            EmailError = "Choose a job-alert email (an .eml file) to upload.";
            return Page();
        }
        try
        {
            await using var stream = file.OpenReadStream();
            var items = await import.ReadEmailAsync(User.UserId(), stream, ct);
            Picks = items.Select(i => new EmailPick
            {
                Url = i.Url, Title = i.Title, Company = i.Company, ExistingJobId = i.ExistingJobId, Selected = i.ExistingJobId is null,
            }).ToList();
            if (Picks.Count == 0) EmailError = "No job links were found in that email.";
        }
        catch (DomainException e)
        {
            EmailError = e.Message;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSelectedAsync(CancellationToken ct)
    {
        var results = new List<LinkOutcome>();
        foreach (var pick in Picks.Where(p => p.Selected && p.ExistingJobId is null).Take(AlertEmailLimit))
            results.Add(await ImportOneAsync(pick.Url, new EmailJobLink(pick.Url, pick.Title, pick.Company), ct));
        Results = results;
        if (results.Count == 0) EmailError = "Tick at least one job to import.";
        return Page();
    }

    /// <summary>At most this many links from one email are read in one go (the allowance would refuse more anyway).</summary>
    public const int AlertEmailLimit = 50;

    private async Task<LinkOutcome> ImportOneAsync(string? link, EmailJobLink? fallback, CancellationToken ct)
    {
        try
        {
            return LinkOutcome.Added(await import.ImportAsync(User.UserId(), link, null, fallback, ct), link!);
        }
        catch (JobAlreadyListedException listed)
        {
            return new LinkOutcome(listed.ExistingJobId, null, true, listed.Message, Url: link);
        }
        catch (DomainException refused) when (refused is PageFetchException or NoJobFoundException or ValidationFailedException or TooSoonException)
        {
            return new LinkOutcome(null, null, false, refused.Message, Url: link);
        }
    }
}
