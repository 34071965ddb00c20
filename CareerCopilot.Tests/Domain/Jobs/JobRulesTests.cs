using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Domain.Jobs;

public sealed class JobRulesTests
{
    private static readonly JobRules Rules = new(Shipped.Catalogue, Shipped.Extractor);

    private static Job Existing() => new()
    {
        Company = "Contoso", Title = "Engineer", Location = "Berlin", TechStack = ["C#"], Notes = "Met them at a meetup",
        DateApplied = new DateOnly(2026, 11, 2), PostedAt = new DateTime(2026, 10, 30, 0, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void A_new_job_needs_a_company_and_a_title_whatever_was_sent()
    {
        var e = Assert.Throws<ValidationFailedException>(() =>
            Rules.Apply(new Job(), new JobFields { Location = "Berlin", Present = PartialUpdate.Sent(nameof(JobFields.Location)) }, isNew: true));
        Assert.Equal(["company", "title"], e.Errors.Keys.Order());
    }

    [Fact]
    public void A_deadline_is_stored_and_one_no_one_can_mean_is_refused()
    {
        var job = Existing();
        Rules.Apply(job, new JobFields { Deadline = new DateOnly(2026, 12, 15), Present = PartialUpdate.Sent(nameof(JobFields.Deadline)) }, isNew: false);
        Assert.Equal(new DateOnly(2026, 12, 15), job.Deadline);

        var e = Assert.Throws<ValidationFailedException>(() => Rules.Apply(job,
            new JobFields { Deadline = new DateOnly(226, 12, 15), Present = PartialUpdate.Sent(nameof(JobFields.Deadline)) }, isNew: false));
        Assert.Equal(["deadline"], e.Errors.Keys);
    }

    [Fact]
    public void An_update_changes_only_the_fields_it_sent()
    {
        var job = Existing();
        Rules.Apply(job, new JobFields { Title = "Senior Engineer", Present = PartialUpdate.Sent(nameof(JobFields.Title)) }, isNew: false);
        Assert.Equal(("Contoso", "Senior Engineer", "Berlin", "Met them at a meetup"), (job.Company, job.Title, job.Location, job.Notes));
        Assert.Equal(["C#"], job.TechStack);
        Assert.Equal(new DateOnly(2026, 11, 2), job.DateApplied);
    }

    [Fact]
    public void A_field_sent_empty_is_cleared()
    {
        var job = Existing();
        Rules.Apply(job, new JobFields { Notes = "  ", Present = PartialUpdate.Sent(nameof(JobFields.Notes)) }, isNew: false);
        Assert.Null(job.Notes);
    }

    [Fact]
    public void Errors_are_keyed_by_the_api_field_names_and_all_reported_at_once()
    {
        var fields = new JobFields
        {
            SalaryMin = 90_000, SalaryMax = 50_000, SalaryCurrency = "euro", Url = "ftp://example.com", Remote = "sometimes",
            TechStack = [new string('x', SkillList.MaxLength + 1)],
            Present = PartialUpdate.Sent(nameof(JobFields.SalaryMin), nameof(JobFields.SalaryMax), nameof(JobFields.SalaryCurrency),
                nameof(JobFields.Url), nameof(JobFields.Remote), nameof(JobFields.TechStack)),
        };
        var e = Assert.Throws<ValidationFailedException>(() => Rules.Apply(Existing(), fields, isNew: false));
        Assert.Equal(["remote", "salary_currency", "salary_max", "tech_stack", "url"], e.Errors.Keys.Order());
        Assert.Contains("remote, hybrid, onsite", e.Errors["remote"].Single());
    }

    [Fact]
    public void The_requested_status_is_returned_for_the_application_rules_to_apply()
    {
        var job = Existing();
        var status = Rules.Apply(job, new JobFields { Status = "interview", Present = PartialUpdate.Sent(nameof(JobFields.Status)) }, isNew: false);
        Assert.Equal(JobStatus.Interview, status);
        Assert.Equal(JobStatus.NotApplied, job.Status);
    }

    [Fact]
    public void Skills_are_read_from_the_text_only_when_the_change_brings_text_and_no_skills()
    {
        var fromText = new Job();
        Rules.Apply(fromText, new JobFields { Company = "Contoso", Title = "Dev", Description = "We run Kubernetes and PostgreSQL." }, isNew: true);
        Assert.Equal(["Kubernetes", "PostgreSQL"], fromText.TechStack);

        var given = new Job();
        Rules.Apply(given, new JobFields { Company = "Contoso", Title = "Dev", Description = "We run Kubernetes.", TechStack = ["k8s", "Rust"] }, isNew: true);
        Assert.Equal(["Kubernetes", "Rust"], given.TechStack);

        var statusOnly = new Job { Company = "Contoso", Title = "Dev", Description = "We run Kubernetes." };
        Rules.Apply(statusOnly, new JobFields { Status = "applied", Present = PartialUpdate.Sent(nameof(JobFields.Status)) }, isNew: false);
        Assert.Empty(statusOnly.TechStack);
    }
}
