using System.Text.RegularExpressions;
using CareerCopilot.Tests.Fakes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static CareerCopilot.Tests.Browser.BrowserSteps;

namespace CareerCopilot.Tests.Browser;

[Collection("browser")]
public sealed class ResumeFlowTests(BrowserFixture browser)
{
    public static readonly string[] AnaLines =
    [
        "Ana Diaz", "ana.diaz@example.test | +49 30 1234567", "",
        "Experience", "Backend Engineer, Contoso, 03/2019 - present", "Payment services in C# on PostgreSQL with Kubernetes.", "",
        "Skills", "C#, PostgreSQL, Kubernetes, Docker", "",
        "Education", "BSc Computer Science, TU Berlin, 2017",
    ];

    [Fact]
    public async Task A_person_uploads_a_resume_watches_it_read_and_accepts_two_suggestions_into_their_profile()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = WatchConsole(page);
        await SignUpAsync(page, browser.App);

        await page.GetByRole(AriaRole.Link, new() { Name = "Profile", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Resumes", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/resumes$"));
        await Expect(page.Locator("#resume-list")).ToContainTextAsync("No resumes yet");

        var form = page.Locator("#resume-form");
        await form.GetByLabel("Resume file").SetInputFilesAsync(new FilePayload { Name = "ana-diaz.pdf", MimeType = "application/pdf", Buffer = ResumeFiles.Pdf(AnaLines) });
        await form.GetByLabel("Label").FillAsync("Backend 2026");
        await form.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        // The row appears waiting, then follows its parse on its own until it reads "Read".
        var row = page.Locator("#resume-list .resume-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("h3")).ToHaveTextAsync("Backend 2026");
        await Expect(row.Locator(".resume-file")).ToContainTextAsync("ana-diaz.pdf");
        await Expect(form.Locator(".alert-success")).ToContainTextAsync("is uploaded");
        await ShotAsync(page, "resumes-uploaded");
        await Expect(row.Locator(".resume-status")).ToHaveTextAsync("Read", new() { Timeout = 15_000 });
        await Expect(row).Not.ToHaveAttributeAsync("hx-trigger", new Regex("."));
        await SettledAsync(page);
        await ShotAsync(page, "resumes-read");

        await row.GetByRole(AriaRole.Link, new() { Name = "Backend 2026" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Backend 2026");
        await Expect(page.Locator(".resume-facts")).ToContainTextAsync("ana.diaz@example.test");
        var skills = page.Locator(".suggestion[data-field=skills]");
        await Expect(skills.Locator("ins")).ToHaveTextAsync(["C#", "PostgreSQL", "Kubernetes", "Docker"]);
        var level = page.Locator(".suggestion[data-field=experience_level]");
        await Expect(level.Locator("ins")).ToHaveTextAsync("Senior");
        await SettledAsync(page);
        await ShotAsync(page, "resume-suggestions");

        await skills.GetByRole(AriaRole.Button, new() { Name = "Accept Skills" }).ClickAsync();
        await Expect(page.Locator(".suggestion[data-field=skills]")).ToHaveCountAsync(0);
        await Expect(page.Locator(".toast-area .alert").First).ToContainTextAsync("Skills: your profile is updated.");
        await page.Locator(".suggestion[data-field=experience_level]").GetByRole(AriaRole.Button, new() { Name = "Accept Experience level" }).ClickAsync();
        await Expect(page.Locator(".suggestion[data-field=experience_level]")).ToHaveCountAsync(0);
        // The name stays a suggestion until its own click.
        await Expect(page.Locator(".suggestion[data-field=full_name]")).ToHaveCountAsync(1);
        await SettledAsync(page);
        await ShotAsync(page, "resume-accepted");

        await page.GetByRole(AriaRole.Link, new() { Name = "Profile", Exact = true }).ClickAsync();
        await Expect(page.Locator("#Input_Skills")).ToHaveValueAsync(new Regex("C#.*PostgreSQL.*Kubernetes.*Docker"));
        await Expect(page.Locator("#Input_ExperienceLevel")).ToHaveValueAsync("senior");
        await SettledAsync(page);
        await ShotAsync(page, "resume-profile");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
