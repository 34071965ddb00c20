using System.ComponentModel.DataAnnotations;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Sources;

/// <summary>The job boards a user follows: adding, switching and removing them, what each brought, and "Run now".</summary>
public sealed class IndexModel(SourceService sources, IngestionService ingestion, IBoardAvailability availability) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<Source> Sources { get; private set; } = [];
    public IReadOnlyDictionary<int, SourceQuality> Quality { get; private set; } = new Dictionary<int, SourceQuality>();

    /// <summary>The run the panel shows: the one asked for, or the user's latest.</summary>
    public IngestionRun? Run { get; private set; }

    /// <summary>The panel's run has just finished while it was being watched: the list refreshes once.</summary>
    public bool RunJustFinished { get; private set; }

    /// <summary>The add form's source was saved: the form comes back empty with a word of it.</summary>
    public string? Added { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Board")] public string? Type { get; set; } = BoardCatalogue.All[0].Name;
        [Display(Name = "Key")] public string? Key { get; set; }
        [Display(Name = "Search")] public string? Query { get; set; }
        [Display(Name = "Location")] public string? Location { get; set; }

        public SourceFields ToFields() => new() { Type = Type, Key = Key, Query = Query, Location = Location };
    }

    /// <summary>Whether this server can read a board (a key-based aggregator needs the operator's key).</summary>
    public bool IsAvailable(Board board) => availability.IsAvailable(board.Type);

    /// <summary>The board the add form's key field is labelled for.</summary>
    public Board SelectedBoard => BoardCatalogue.Named(Input.Type) ?? BoardCatalogue.All[0];

    public static bool IsActive(IngestionRun run) => run.Status is IngestionStatus.Queued or IngestionStatus.Running;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadListAsync(ct);
        Run = await LatestRunAsync(ct);
    }

    /// <summary>The list alone, refreshed when a source changed or a run finished.</summary>
    public async Task<IActionResult> OnGetListAsync(CancellationToken ct)
    {
        if (this.WantsWholePage()) return await WholePageAsync(ct);
        await LoadListAsync(ct);
        return Partial("_SourceList", this);
    }

    /// <summary>Adds a source from the form; a refusal shows beside its field.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Source? added = null;
        var refusal = await Refusals.OfAsync(async () => added = await sources.CreateAsync(User.UserId(), Input.ToFields(), ct));
        if (added is null)
        {
            ShowRefusal(refusal!);
            if (this.WantsWholePage()) return await WholePageAsync(ct);
            return Partial("_SourceForm", this);
        }
        var message = $"Following {Describe(added)}.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message);
        this.Toast(message, HtmxEvents.SourcesChanged);
        ModelState.Clear();
        Input = new InputModel { Type = Input.Type };
        Added = message;
        return Partial("_SourceForm", this);
    }

    /// <summary>Switches a source on or off: the state sent is the one wanted, so a second click of a stale page does no harm.</summary>
    public async Task<IActionResult> OnPostToggleAsync(int id, bool enabled, CancellationToken ct)
    {
        var source = await sources.UpdateAsync(User.UserId(), id, new SourceFields
        {
            Enabled = enabled, Present = PartialUpdate.Sent(nameof(SourceFields.Enabled)),
        }, ct);
        var message = $"{Describe(source)} is {(source.Enabled ? "on" : "off")}.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message);
        this.Toast(message);
        await LoadListAsync(ct);
        return Partial("_SourceList", this);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var source = await sources.GetAsync(User.UserId(), id, ct);
        await sources.DeleteAsync(User.UserId(), id, ct);
        var message = $"No longer following {Describe(source)}. The jobs it brought stay in your list.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message);
        this.Toast(message);
        await LoadListAsync(ct);
        return Partial("_SourceList", this);
    }

    /// <summary>"Run now": the run is queued (or the one already waiting is the answer) and its panel follows it.</summary>
    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        IngestionRun? run = null;
        var refused = await Refusals.OfAsync(async () => run = await ingestion.QueueUserRunAsync(User.UserId(), ct));
        if (!Request.IsHtmx()) return refused is null ? RedirectToPage() : this.FlashAndRedirect(refused.Message);
        if (refused is not null)
        {
            this.ToastRefusal(refused.Message, "warning");
            Run = (await ingestion.RecentRunsAsync(User.UserId(), 1, ct))[0];
        }
        else Run = await ingestion.GetRunAsync(User.UserId(), run!.Id, ct);
        return Partial("_Run", this);
    }

    /// <summary>A run's panel; while the run waits or runs, the panel asks for itself again.</summary>
    public async Task<IActionResult> OnGetRunAsync(int id, CancellationToken ct)
    {
        Run = await ingestion.GetRunAsync(User.UserId(), id, ct);
        await LoadListAsync(ct);
        if (this.WantsWholePage()) return Page();
        if (!IsActive(Run))
        {
            RunJustFinished = true;
            Response.Htmx(h => h.WithTrigger(HtmxEvents.SourcesChanged));
        }
        return Partial("_Run", this);
    }

    /// <summary>A source as a person names it: the board and its key or search.</summary>
    public static string Describe(Source source)
    {
        var board = BoardCatalogue.Of(source.Type);
        if (board.NeedsKey) return $"{source.Key} on {board.DisplayName}";
        var search = SourceRules.Terms("", source.Query, source.Location);
        return search.Length == 0 ? board.DisplayName : $"{board.DisplayName} ({search})";
    }

    /// <summary>The source of a run's board query, when the user still has it.</summary>
    public Source? SourceOf(IngestionRunSource read) => Sources.FirstOrDefault(read.Asks);

    private void ShowRefusal(DomainException refusal)
    {
        if (refusal is ConflictException { Code: "duplicate" })
            ModelState.AddModelError(SelectedBoard.NeedsKey ? "Input.Key" : "Input.Query", refusal.Message);
        else ModelState.AddRefusal(refusal);
    }

    private async Task<IActionResult> WholePageAsync(CancellationToken ct)
    {
        await LoadListAsync(ct);
        Run = await LatestRunAsync(ct);
        return Page();
    }

    private async Task<IngestionRun?> LatestRunAsync(CancellationToken ct) =>
        await ingestion.RecentRunsAsync(User.UserId(), 1, ct) is [var latest, ..] ? latest : null;

    private async Task LoadListAsync(CancellationToken ct)
    {
        Sources = await sources.ListAsync(User.UserId(), ct);
        Quality = await sources.QualityAsync(User.UserId(), ct);
    }

    /// <summary>Where to find a company board's key, in the board's own address.</summary>
    public static string KeyHint(Board board) => board.Type switch
    {
        BoardType.Greenhouse => "The name in boards.greenhouse.io/acme: acme.",
        BoardType.Lever => "The name in jobs.lever.co/acme: acme.",
        BoardType.LeverEu => "The name in jobs.eu.lever.co/acme: acme.",
        BoardType.Ashby => "The name in jobs.ashbyhq.com/acme: acme.",
        BoardType.SmartRecruiters => "The name in jobs.smartrecruiters.com/Acme: Acme.",
        BoardType.Workable => "The name in apply.workable.com/acme: acme.",
        BoardType.Recruitee => "The name in acme.recruitee.com: acme.",
        BoardType.Personio => "The name in acme.jobs.personio.de: acme.",
        _ => "This board takes no key: leave it empty and use search and location.",
    };
}
