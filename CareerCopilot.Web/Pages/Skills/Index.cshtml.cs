using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Domain.SkillGap;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Skills;

/// <summary>The skill gap: what the user's jobs ask for, what the user has, and what each missing skill is worth.</summary>
public sealed class IndexModel(SkillGapService skillGap, ProfileService profiles) : PageModel
{
    public const int ListedByDefault = 20;

    [BindProperty(SupportsGet = true)] public bool All { get; set; }

    public SkillGapReport Report { get; private set; } = null!;

    /// <summary>The skill "I have this" just added and where its row was: the row stays, marked, for this answer.</summary>
    public (string Skill, int Position)? JustAdded { get; private set; }

    public IEnumerable<MissingSkill> Listed => All ? Report.MissingSkills : Report.MissingSkills.Take(ListedByDefault);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>The figures, charts and lists alone, refreshed after the profile changed.</summary>
    public async Task<IActionResult> OnGetReportAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return this.FragmentOrPage("_Report");
    }

    /// <summary>"I have this": the skill joins the profile, and every number on the page is worked out again.</summary>
    public async Task<IActionResult> OnPostHaveAsync(string? skill, CancellationToken ct)
    {
        await LoadAsync(ct);
        var listedBefore = Listed.Select(m => m.Skill).ToList();
        var had = (await profiles.GetAsync(User.UserId(), ct)).Skills;
        string? added = null;
        var refusal = await Refusals.OfAsync(async () => added = await profiles.AddSkillAsync(User.UserId(), skill, ct));
        var message = refusal?.Message ?? $"{added} added to your skills.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message, null, new { all = All ? true : (bool?)null });
        // Undo only removes what this click added, never a skill the profile already held.
        if (added is not null && !had.Contains(added, StringComparer.OrdinalIgnoreCase))
            this.ToastWithUndo(message, Url.Page("/Skills/Index", "Unhave", new { skill = added, all = AllRoute })!, "#skill-gap", HtmxEvents.ProfileChanged);
        else this.Toast(message);
        await LoadAsync(ct);
        var position = added is null ? -1 : listedBefore.FindIndex(s => string.Equals(s, added, StringComparison.OrdinalIgnoreCase));
        if (position >= 0) JustAdded = (added!, position);
        return Partial("_Report", this);
    }

    /// <summary>Undo of "I have this": the skill leaves the profile and the numbers are worked out again.</summary>
    public async Task<IActionResult> OnPostUnhaveAsync(string? skill, CancellationToken ct)
    {
        var refusal = await Refusals.OfAsync(() => profiles.RemoveSkillAsync(User.UserId(), skill, ct));
        var message = refusal?.Message ?? $"{skill?.Trim()} removed from your skills.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message, null, new { all = AllRoute });
        this.Toast(message, HtmxEvents.ProfileChanged);
        await LoadAsync(ct);
        return Partial("_Report", this);
    }

    private bool? AllRoute => All ? true : null;

    private async Task LoadAsync(CancellationToken ct) => Report = await skillGap.GetAsync(User.UserId(), ct);
}
