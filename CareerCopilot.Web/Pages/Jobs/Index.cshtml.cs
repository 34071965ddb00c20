using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Jobs;

public sealed class IndexModel(JobService jobs) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "source")] public string? Source { get; set; }
    [BindProperty(SupportsGet = true, Name = "remote")] public string? Remote { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    // "page" is the route value Razor Pages reserves for the page path.
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public PagedResult<JobSummary> Jobs { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    /// <summary>The links of every row, generated once per table.</summary>
    public JobRowLinks RowLinks => rowLinks ??= new(Url);
    private JobRowLinks? rowLinks;

    public bool Filtered => !string.IsNullOrWhiteSpace(Search) || Status is { Length: > 0 } || Source is { Length: > 0 } || Remote is { Length: > 0 };

    public JobSort CurrentSort => SnakeCase.TryParse<JobSort>(Sort, out var sort) ? sort : JobSort.CreatedDesc;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The id of the list's root, whose own requests refresh it in place.</summary>
    public const string ListId = "job-list";

    /// <summary>The id of the search box, which asks for the list as the user types.</summary>
    public const string SearchBoxId = "q";

    /// <summary>
    /// The table alone: search, filters, sorting and paging swap it in place, and the address bar shows the page's own
    /// URL for that view (never this handler's), so Back, Forward, a reload and a bookmark all get the whole page.
    /// A new view is a new history entry; typing and the list refreshing itself replace the current one.
    /// </summary>
    public async Task<IActionResult> OnGetListAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Request.IsHtmx(out var htmx) && htmx is { HistoryRestoreRequest: false })
        {
            var url = ListUrl(null, page: Jobs.Page);
            var replace = htmx.Trigger is ListId or SearchBoxId;
            Response.Htmx(h => { if (replace) h.ReplaceUrl(url); else h.PushUrl(url); });
        }
        return this.FragmentOrPage("_JobList");
    }

    /// <summary>
    /// The inline status change: the row comes back with a toast (saying so when the move started an application), or
    /// with the rule's message, in a toast and inside the row, when the change was refused.
    /// </summary>
    public async Task<IActionResult> OnPostStatusAsync(int id, string? status, CancellationToken ct)
    {
        StatusChange? change = null;
        var error = SnakeCase.TryParse<JobStatus>(status, out var parsed)
            ? (await Refusals.OfAsync(async () => change = await jobs.ChangeStatusAsync(User.UserId(), id, parsed, ct)))?.Message
            : "Choose a status from the list.";
        var message = error ?? StatusMessage(change!);
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message);
        if (error is null) this.Toast(message, HtmxEvents.ApplicationChanged);
        else this.ToastRefusal(error);
        return Partial("_JobRow", new JobRow(await jobs.GetSummaryAsync(User.UserId(), id, ct), RowLinks, error));
    }

    private static string StatusMessage(StatusChange change) => change.StartedApplication
        ? $"Tracked: {change.Job.Company} – {change.Job.Title} is now on your board as {Labels.Of(change.Job.Status).ToLowerInvariant()}."
        : $"{change.Job.Company} – {change.Job.Title}: {Labels.Of(change.Job.Status).ToLowerInvariant()}.";

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        await jobs.DeleteAsync(User.UserId(), id, ct);
        if (!Request.IsHtmx()) return this.FlashAndRedirect("Job deleted.");
        this.Toast("Job deleted.", HtmxEvents.JobsChanged);
        return Content("", "text/html");
    }

    /// <summary>The current view with some parts changed, for sort and page links.</summary>
    public string ListUrl(string? handler, string? sort = null, int? page = null) => Url.Page("/Jobs/Index", handler, new
    {
        q = string.IsNullOrWhiteSpace(Search) ? null : Search,
        status = Status is { Length: > 0 } ? Status : null,
        source = Source is { Length: > 0 } ? Source : null,
        remote = Remote is { Length: > 0 } ? Remote : null,
        sort = sort ?? (CurrentSort == JobSort.CreatedDesc ? null : SnakeCase.Name(CurrentSort)),
        p = page is > 1 ? page : null,
    })!;

    /// <summary>Clicking a column sorts by it; clicking it again reverses.</summary>
    public string SortFor(JobSort ascending, JobSort descending) =>
        SnakeCase.Name(CurrentSort == ascending ? descending : ascending);

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = new JobQuery(
            Search: Search,
            Status: SnakeCase.TryParse<JobStatus>(Status, out var status) ? status : null,
            Source: SnakeCase.TryParse<JobSource>(Source, out var source) ? source : null,
            Remote: SnakeCase.TryParse<RemoteMode>(Remote, out var remote) ? remote : null,
            Sort: CurrentSort,
            Page: PageRequest.Clamp(PageNumber, PageRequest.DefaultSize));
        Jobs = await jobs.ListSummariesAsync(User.UserId(), query, ct);
        if (Jobs.Items.Count == 0 && Jobs.Page > 1)
            Jobs = await jobs.ListSummariesAsync(User.UserId(), query with { Page = new PageRequest(Jobs.TotalPages, PageRequest.DefaultSize) }, ct);
    }
}

public sealed record JobRow(JobSummary Job, JobRowLinks Links, string? Error = null);

public sealed class JobRowLinks(IUrlHelper url)
{
    public IdUrl Details { get; } = new(url, "/Jobs/Details");
    public IdUrl Edit { get; } = new(url, "/Jobs/Edit");
    public IdUrl Status { get; } = new(url, "/Jobs/Index", "Status");
    public IdUrl Delete { get; } = new(url, "/Jobs/Index", "Delete");
}
