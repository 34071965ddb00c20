using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

public sealed class ProfilePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Saving_over_htmx_returns_the_form_fragment_with_the_saved_values()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/profile");

        var response = await client.HtmxPostAsync("/profile", page.AntiforgeryToken(), new()
        {
            ["Input.FullName"] = "Ana Diaz", ["Input.Skills"] = "C#, postgresql, c#, Kubernetes", ["Input.PreferredLocations"] = "Berlin, Remote",
            ["Input.ExperienceLevel"] = "senior", ["Input.TimeZone"] = "Europe/Berlin",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("HX-Request", response.Headers.Vary);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html);
        var fragment = await HtmlClient.ParseFragmentAsync(html);
        Assert.NotNull(fragment.QuerySelector("form#profile-form"));
        Assert.Equal("C#, PostgreSQL, Kubernetes", fragment.QuerySelector("#Input_Skills")?.GetAttribute("value"));
        Assert.Contains("Profile saved", fragment.QuerySelector(".alert-success")?.TextContent);

        var reloaded = await client.GetDocumentAsync("/profile");
        Assert.Equal("Europe/Berlin", reloaded.QuerySelector("#Input_TimeZone")?.GetAttribute("value"));
        Assert.Equal("senior", reloaded.QuerySelector("#Input_ExperienceLevel option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unknown_time_zone_is_explained_beside_the_field_and_nothing_is_saved()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/profile");
        var response = await client.HtmxPostAsync("/profile", page.AntiforgeryToken(), new()
        {
            ["Input.FullName"] = "Changed", ["Input.TimeZone"] = "Mars/Olympus_Mons", ["Input.ExperienceLevel"] = "",
        });
        var fragment = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("IANA", fragment.QuerySelector("[data-valmsg-for='Input.TimeZone']")?.TextContent);

        var reloaded = await client.GetDocumentAsync("/profile");
        Assert.Equal("Test Person", reloaded.QuerySelector("#Input_FullName")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Without_htmx_the_form_posts_and_redirects_with_a_message()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/profile");
        var response = await client.SubmitAsync(page.Form("#profile-form"), new() { ["Input.Skills"] = "Go, Rust" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync("/profile");
        Assert.Equal("Go, Rust", after.QuerySelector("#Input_Skills")?.GetAttribute("value"));
        Assert.Contains("Profile saved", after.QuerySelector("#flash-area")?.TextContent);
    }

    [Fact]
    public async Task Skill_suggestions_include_the_skills_of_the_users_jobs()
    {
        var client = await app.SignedInAsync();
        var jobs = await client.GetDocumentAsync("/jobs/edit");
        await client.SubmitAsync(jobs.Form("#job-form"), new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Dev", ["Input.TechStack"] = "Zig, Elixir" });

        var page = await client.GetDocumentAsync("/profile");
        var options = page.QuerySelectorAll("#skill-suggestions option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["Zig", "Elixir"], options.Take(2));
        Assert.Contains("Kubernetes", options);
    }

    [Fact]
    public async Task The_profile_promises_no_briefings_while_nothing_sends_them()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/profile");
        Assert.DoesNotContain("briefing", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("digest", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }
}
