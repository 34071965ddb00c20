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

    /// <summary>A link to put in the "Add by link" box, as the bookmarklet sends it when a site refuses its request.</summary>
    [BindProperty(SupportsGet = true, Name = "url")] public string? LinkToAdd { get; set; }
    // "page" is the route value Razor Pages reserves for the page path.
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public PagedResult<JobSummary> Jobs { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    /// <summary>The links of every row, generated once per table.</summary>
    public JobRowLinks RowLinks => rowLinks ??= new(Url);
    private JobRowLinks? rowLinks;

    public bool Filtered => !string.IsNullOrWhiteSpace(Search) || Status is { Length: > 0 } || Source is { Length: > 0 } || Remote is { Length: > 0 };

    public JobSort CurrentSort => SnakeCase.TryParse<JobSort>(Sort, out var sort) ? sort : JobSort.CreatedDesc;

    /// <summary>The Source filter's options: the sources among the user's jobs (and the one asked for, if any).</summary>
    public IReadOnlyList<string> SourceOptions { get; private set; } = [];

    /// <summary>Where the user's last view of the list (filters, search, order) waits for their next visit.</summary>
    public const string LastViewCookie = "CareerCopilot.JobsView";

    private static readonly string[] ViewKeys = ["q", "status", "source", "remote", "sort"];

    /// <summary>
    /// The page. Opened with no query at all (from the navigation), it goes back to the user's last view; "Clear
    /// filters" forgets it (<see cref="OnGetClear"/>).
    /// </summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Request.Query.Count == 0 && !Request.IsHtmx() && LastView() is { Count: > 0 } last)
            return RedirectToPage("/Jobs/Index", last);
        await LoadAsync(ct);
        RememberView();
        return Page();
    }

    /// <summary>Forgets the remembered view and shows the whole list.</summary>
    public IActionResult OnGetClear()
    {
        Response.Cookies.Delete(LastViewCookie, new CookieOptions { Path = Url.Page("/Jobs/Index") });
        return RedirectToPage("/Jobs/Index");
    }

    /// <summary>The remembered view, when it is this user's: only the list's own keys, so it can only ever lead here.</summary>
    private RouteValueDictionary? LastView()
    {
        if (Request.Cookies[LastViewCookie] is not { } saved || saved.Split('|', 2) is not [var owner, var query]) return null;
        if (owner != User.UserId().ToString(System.Globalization.CultureInfo.InvariantCulture)) return null;
        var values = new RouteValueDictionary();
        foreach (var (key, value) in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query))
            if (ViewKeys.Contains(key) && value.ToString() is { Length: > 0 and <= JobQuery.MaxSearchLength } v) values[key] = v;
        return values;
    }

    /// <summary>Keeps the current view for the user's next visit (a cookie on this page's path, naming the user).</summary>
    private void RememberView()
    {
        var options = new CookieOptions
        {
            Path = Url.Page("/Jobs/Index"), HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax,
            IsEssential = true, MaxAge = TimeSpan.FromDays(90),
        };
        var url = ListUrl(null);
        var query = url.Contains('?', StringComparison.Ordinal) ? url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        if (query.Length == 0) Response.Cookies.Delete(LastViewCookie, options);
        else Response.Cookies.Append(LastViewCookie, $"{User.UserId().ToString(System.Globalization.CultureInfo.InvariantCulture)}|{query}", options);
    }

    /// <summary>The id of the list's root, whose own requests refresh it in place.</summary>
    public const string ListId = "job-list";

    /// <summary>The id of the search box, which asks for the list as the user types.</summary>
    public const string SearchBoxId = "q";

    /// <summary>
    /// The table alone: search, filters, sorting and paging swap it in place, and the address bar shows the page's own
    /// URL for that view (never this handler's), so Back, Forward, a reload and a bookmark all get the whole page.
    /// A new view is a new history entry; typing, the list refreshing itself and the same view again replace the current one.
    /// </summary>
    public async Task<IActionResult> OnGetListAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Request.IsHtmx(out var htmx) && htmx is { HistoryRestoreRequest: false })
        {
            var url = ListUrl(null, page: Jobs.Page);
            var replace = htmx.Trigger is ListId or SearchBoxId
                          || (Uri.TryCreate(htmx.CurrentUrl, UriKind.Absolute, out var current) && current.PathAndQuery == url);
            Response.Htmx(h => { if (replace) h.ReplaceUrl(url); else h.PushUrl(url); });
        }
        RememberView();
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

    /// <summary>The selected jobs a bulk delete asks about before it goes ahead; null when it is not asking.</summary>
    public IReadOnlyList<(int Id, string Name)>? ConfirmDelete { get; private set; }

    /// <summary>The bulk bar's buttons: the action the bulk form was sent with.</summary>
    public static class BulkActions
    {
        public const string Status = "status";
        public const string Delete = "delete";
        public const string ConfirmedDelete = "delete-confirmed";
    }

    /// <summary>
    /// The bulk bar: the selected rows moved to a status (by the rules, job by job) or, after a confirmation step,
    /// deleted. The answer is the list again with a message saying what happened to each job; without htmx the question
    /// is a page and the outcome a flash message on the same view.
    /// </summary>
    public async Task<IActionResult> OnPostBulkAsync(int[]? ids, string? bulk, string? to, CancellationToken ct)
    {
        var user = User.UserId();
        if (bulk == BulkActions.Delete)
        {
            IReadOnlyList<(int Id, string Name)> names = [];
            var refusal = await Refusals.OfAsync(async () => names = await jobs.NamesAsync(user, ids ?? [], ct));
            if (refusal is not null || names.Count == 0)
                return await BulkAnswerAsync(refusal?.Message ?? "Those jobs no longer exist.", "danger", ct);
            ConfirmDelete = names;
            await LoadAsync(ct);
            return this.FragmentOrPage("_JobList");
        }

        BulkResult? result = null;
        JobStatus status = default;
        var refused = bulk switch
        {
            BulkActions.ConfirmedDelete => await Refusals.OfAsync(async () => result = await jobs.DeleteManyAsync(user, ids ?? [], ct)),
            BulkActions.Status when SnakeCase.TryParse(to, out status) =>
                await Refusals.OfAsync(async () => result = await jobs.ChangeStatusManyAsync(user, ids ?? [], status, ct)),
            _ => ValidationFailedException.For("to", "Choose a status from the list."),
        };
        if (refused is not null) return await BulkAnswerAsync(refused.Message, "danger", ct);
        var message = bulk == BulkActions.ConfirmedDelete ? DeletedMessage(result!) : MovedMessage(result!, status);
        var kind = result!.With(BulkOutcome.Refused).Any() || result.Missing > 0 ? "warning" : null;
        return await BulkAnswerAsync(message, kind, ct);
    }

    private async Task<IActionResult> BulkAnswerAsync(string message, string? kind, CancellationToken ct)
    {
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message, "/Jobs/Index", ViewValues(Jobs.Page == 1 ? PageNumber : Jobs.Page));
        if (kind is null) this.Toast(message, HtmxEvents.ApplicationChanged);
        else this.ToastRefusal(message, kind);
        await LoadAsync(ct);
        return Partial("_JobList", this);
    }

    private static string Count(int n) => n == 1 ? "1 job" : $"{n} jobs";

    private static string MovedMessage(BulkResult result, JobStatus status)
    {
        var label = Labels.Of(status).ToLowerInvariant();
        var parts = new List<string>();
        var changed = result.With(BulkOutcome.Changed).ToList();
        if (changed.Count > 0)
        {
            var started = changed.Count(j => j.StartedApplication);
            parts.Add($"Moved {Count(changed.Count)} to {label}." + (started > 0 ? $" {Count(started)} now on your board." : ""));
        }
        if (result.With(BulkOutcome.Unchanged).Count() is > 0 and var same) parts.Add($"{Count(same)} already {label}.");
        var refused = result.With(BulkOutcome.Refused).ToList();
        if (refused.Count > 0) parts.Add("Not moved: " + string.Join(" ", refused.Select(j => $"{j.Name}: {j.Refusal}")));
        if (result.Missing > 0) parts.Add(MissingMessage(result.Missing));
        return string.Join(" ", parts);
    }

    private static string DeletedMessage(BulkResult result)
    {
        var deleted = result.With(BulkOutcome.Changed).Count();
        var message = deleted > 0 ? $"Deleted {Count(deleted)}." : "Nothing was deleted.";
        return result.Missing > 0 ? $"{message} {MissingMessage(result.Missing)}" : message;
    }

    private static string MissingMessage(int missing) =>
        missing == 1 ? "1 selected job no longer exists." : $"{missing} selected jobs no longer exist.";

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var token = await jobs.DeleteRestorableAsync(User.UserId(), id, ct);
        if (!Request.IsHtmx()) return this.FlashAndRedirect("Job deleted.");
        // The Undo's answer swaps nothing: the list refreshes itself on jobs-changed.
        this.ToastWithUndo("Job deleted.", Url.Page("/Jobs/Index", "Restore", new { token })!, "", HtmxEvents.JobsChanged);
        return Content("", "text/html");
    }

    /// <summary>The undo of a delete: the job comes back with its application, history and feedback.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(string? token, CancellationToken ct)
    {
        Job? restored = null;
        var refusal = await Refusals.OfAsync(async () => restored = await jobs.RestoreAsync(User.UserId(), token, ct));
        var message = refusal?.Message ?? $"{restored!.Company} – {restored.Title} restored.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message);
        this.Toast(message, HtmxEvents.JobsChanged);
        return Content("", "text/html");
    }

    /// <summary>The current view with some parts changed, for sort and page links.</summary>
    public string ListUrl(string? handler, string? sort = null, int? page = null) => Url.Page("/Jobs/Index", handler, ViewValues(page, sort))!;

    /// <summary>The route values of the current view (filters, search, order), on a page.</summary>
    private object ViewValues(int? page, string? sort = null) => new
    {
        q = string.IsNullOrWhiteSpace(Search) ? null : Search,
        status = Status is { Length: > 0 } ? Status : null,
        source = Source is { Length: > 0 } ? Source : null,
        remote = Remote is { Length: > 0 } ? Remote : null,
        sort = sort ?? (CurrentSort == JobSort.CreatedDesc ? null : SnakeCase.Name(CurrentSort)),
        p = page is > 1 ? page : null,
    };

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
        if (this.WantsWholePage())
        {
            var options = (await jobs.SourcesAsync(User.UserId(), ct)).Select(s => SnakeCase.Name(s)).ToList();
            if (query.Source is { } asked && !options.Contains(SnakeCase.Name(asked))) options.Add(SnakeCase.Name(asked));
            SourceOptions = options;
        }
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
