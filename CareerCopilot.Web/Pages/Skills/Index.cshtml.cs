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
        string? added = null;
        var refusal = await Refusals.OfAsync(async () => added = await profiles.AddSkillAsync(User.UserId(), skill, ct));
        var message = refusal?.Message ?? $"{added} added to your skills.";
        if (!Request.IsHtmx()) return this.FlashAndRedirect(message, null, new { all = All ? true : (bool?)null });
        this.Toast(message);
        await LoadAsync(ct);
        return Partial("_Report", this);
    }

    private async Task LoadAsync(CancellationToken ct) => Report = await skillGap.GetAsync(User.UserId(), ct);
}
