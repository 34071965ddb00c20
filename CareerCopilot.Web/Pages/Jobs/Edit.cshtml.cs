using System.ComponentModel.DataAnnotations;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Hosting;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerCopilot.Web.Pages.Jobs;

/// <summary>Add or edit a job: a page of its own, or a form in the dialog when htmx asks for it.</summary>
public sealed class EditModel(JobService jobs) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Company")] public string? Company { get; set; }
        [Display(Name = "Job title")] public string? Title { get; set; }
        [Display(Name = "Location")] public string? Location { get; set; }
        [Display(Name = "Remote")] public string Remote { get; set; } = "unknown";
        [Display(Name = "Employment type")] public string? EmploymentType { get; set; }
        [Display(Name = "Level")] public string? ExperienceLevel { get; set; }
        [Display(Name = "Tech stack")] public string? TechStack { get; set; }
        [Display(Name = "Link to the posting")] public string? Url { get; set; }
        [Display(Name = "Apply link")] public string? ApplyUrl { get; set; }
        [Display(Name = "Salary from")] public int? SalaryMin { get; set; }
        [Display(Name = "Salary to")] public int? SalaryMax { get; set; }
        [Display(Name = "Currency")] public string? SalaryCurrency { get; set; }
        [Display(Name = "Per")] public string? SalaryPeriod { get; set; }
        [Display(Name = "Deadline to apply")] public DateOnly? Deadline { get; set; }
        [Display(Name = "Status")] public string Status { get; set; } = "not_applied";
        [Display(Name = "Responsibilities")] public string? Responsibilities { get; set; }
        [Display(Name = "Description")] public string? Description { get; set; }
        [Display(Name = "Notes")] public string? Notes { get; set; }

        public static InputModel From(Job j) => new()
        {
            Company = j.Company, Title = j.Title, Location = j.Location, Remote = SnakeCase.Name(j.Remote),
            EmploymentType = j.EmploymentType is { } e ? SnakeCase.Name(e) : null,
            ExperienceLevel = j.ExperienceLevel is { } l ? SnakeCase.Name(l) : null,
            TechStack = string.Join(", ", j.TechStack), Url = j.Url, ApplyUrl = j.ApplyUrl, SalaryMin = j.SalaryMin,
            SalaryMax = j.SalaryMax, SalaryCurrency = j.SalaryCurrency, SalaryPeriod = j.SalaryPeriod is { } p ? SnakeCase.Name(p) : null,
            Deadline = j.Deadline,
            Status = SnakeCase.Name(j.Status), Responsibilities = j.Responsibilities, Description = j.Description, Notes = j.Notes,
        };

        public JobFields ToFields() => new()
        {
            Company = Company, Title = Title, Location = Location, Remote = Remote, EmploymentType = EmploymentType,
            ExperienceLevel = ExperienceLevel, TechStack = SkillList.Split(TechStack).ToList(), Url = Url, ApplyUrl = ApplyUrl,
            SalaryMin = SalaryMin, SalaryMax = SalaryMax, SalaryCurrency = SalaryCurrency, SalaryPeriod = SalaryPeriod, Deadline = Deadline,
            Status = Status, Responsibilities = Responsibilities, Description = Description, Notes = Notes,
            // Every field the form shows; the dates it does not show stay as they are.
            Present = PartialUpdate.Sent(nameof(Company), nameof(Title), nameof(Location), nameof(Remote), nameof(EmploymentType),
                nameof(ExperienceLevel), nameof(TechStack), nameof(Url), nameof(ApplyUrl), nameof(SalaryMin), nameof(SalaryMax),
                nameof(SalaryCurrency), nameof(SalaryPeriod), nameof(Deadline), nameof(Status), nameof(Responsibilities), nameof(Description), nameof(Notes)),
        };
    }

    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id) Input = InputModel.From(await jobs.GetAsync(User.UserId(), id, ct));
        return this.FragmentOrPage("_JobForm");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            Job? saved = null;
            var refusal = await Refusals.OfAsync(async () => saved = Id is { } id
                ? await jobs.UpdateAsync(User.UserId(), id, Input.ToFields(), ct)
                : await jobs.CreateAsync(User.UserId(), Input.ToFields(), ct));
            if (saved is not null)
            {
                var message = IsNew ? $"Added {saved.Company} – {saved.Title}." : "Job saved.";
                if (!Request.IsHtmx()) return this.FlashAndRedirect(message, "/Jobs/Details", new { id = saved.Id });
                this.Toast(message, HtmxEvents.JobsChanged);
                return Content("", "text/html");
            }
            ModelState.AddRefusal(refusal!);
        }
        // htmx 2 does not swap 4xx answers, so the form with its messages comes back as 200.
        return this.FragmentOrPage("_JobForm");
    }
}
