using System.ComponentModel.DataAnnotations;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Onboarding;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Domain.Skills;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Profile;

public sealed class IndexModel(ProfileService profiles, SkillSuggestions suggestions, OnboardingService onboarding) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public string Email { get; private set; } = "";
    public IReadOnlyList<string> SkillSuggestions { get; private set; } = [];
    public bool Saved { get; private set; }

    /// <summary>The first steps, shown above the form until they are done (a full page only; the form refreshes alone).</summary>
    public OnboardingProgress? Onboarding { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Full name")] public string? FullName { get; set; }
        [Display(Name = "Skills")] public string? Skills { get; set; }
        [Display(Name = "Preferred locations")] public string? PreferredLocations { get; set; }
        [Display(Name = "Experience level")] public string? ExperienceLevel { get; set; }
        [Display(Name = "Time zone")] public string? TimeZone { get; set; }

        public static InputModel From(ProfileView p) => new()
        {
            FullName = p.FullName, Skills = string.Join(", ", p.Skills), PreferredLocations = string.Join(", ", p.PreferredLocations),
            ExperienceLevel = p.ExperienceLevel is { } l ? SnakeCase.Name(l) : null, TimeZone = p.TimeZone,
        };

        public ProfileFields ToFields() => new()
        {
            FullName = FullName, Skills = SkillList.Split(Skills).ToList(),
            PreferredLocations = SkillList.Split(PreferredLocations).ToList(), ExperienceLevel = ExperienceLevel,
            TimeZone = TimeZone,
            Present = PartialUpdate.Sent(nameof(FullName), nameof(Skills), nameof(PreferredLocations), nameof(ExperienceLevel), nameof(TimeZone)),
        };
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var profile = await profiles.GetAsync(User.UserId(), ct);
        Input = InputModel.From(profile);
        Onboarding = await onboarding.GetAsync(User.UserId(), ct);
        await LoadAsync(profile.Email, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ProfileView? saved = null;
        var refusal = await Refusals.OfAsync(async () => saved = await profiles.UpdateAsync(User.UserId(), Input.ToFields(), ct));
        if (saved is null) ModelState.AddRefusal(refusal!);
        else
        {
            if (!Request.IsHtmx()) return this.FlashAndRedirect("Profile saved.");
            // Show what was stored (canonical, de-duplicated), not what was typed.
            ModelState.Clear();
            Input = InputModel.From(saved);
            Saved = true;
            this.Toast("Profile saved.", HtmxEvents.ProfileChanged);
        }
        await LoadAsync(null, ct);
        return this.FragmentOrPage("_ProfileForm");
    }

    private async Task LoadAsync(string? email, CancellationToken ct)
    {
        Email = email ?? User.Identity?.Name ?? "";
        SkillSuggestions = await suggestions.ForAsync(User.UserId(), ct);
    }
}
