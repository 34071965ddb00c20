using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using CareerCopilot.Tests.Infrastructure;
using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCopilot.Tests.Pages;

public sealed class SourcesPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_source_added_through_the_form_is_listed_with_its_board_and_key()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/sources");
        Assert.Contains("Sources", page.QuerySelector(".app-nav .nav-link.active")?.TextContent);
        Assert.Contains("You follow no boards yet", page.QuerySelector("#source-list")?.TextContent);

        var response = await client.SubmitAsync(page.Form("#source-form"), new() { ["Input.Type"] = "lever_eu", ["Input.Key"] = " acme " });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync("/sources");
        Assert.Contains("Following acme on Lever (EU).", after.QuerySelector("#flash-area")?.TextContent);
        var item = Assert.Single(after.QuerySelectorAll("#source-list .source-item"));
        Assert.Equal("Lever (EU)", item.QuerySelector("h3")?.TextContent);
        Assert.Contains("Site name: acme", item.QuerySelector(".source-name")?.TextContent);
        Assert.Equal("true", item.QuerySelector("[role=switch]")?.GetAttribute("aria-checked"));
        Assert.Contains("Not read yet", item.TextContent);
        Assert.Contains("0 jobs · 0 applied · 0 interviews", item.QuerySelector(".source-quality")?.TextContent);
    }

    [Fact]
    public async Task Over_htmx_an_added_source_empties_the_form_and_refreshes_the_list()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/sources");
        var response = await client.HtmxPostAsync("/sources", page.AntiforgeryToken(), new()
        {
            ["Input.Type"] = "remotive", ["Input.Query"] = "python", ["Input.Location"] = "Europe",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sources-changed", string.Join(",", response.Headers.GetValues("HX-Trigger")));
        var form = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(form.QuerySelector("form#source-form"));
        Assert.True(string.IsNullOrEmpty(form.QuerySelector("#Input_Query")?.GetAttribute("value")));
        Assert.Contains("Following Remotive (python, Europe).", form.QuerySelector(".alert-success")?.TextContent);

        var list = await HtmlClient.ParseFragmentAsync(await (await client.HtmxGetAsync("/sources?handler=List")).Content.ReadAsStringAsync());
        var item = Assert.Single(list.QuerySelectorAll(".source-item"));
        Assert.Contains("Search: python", item.TextContent);
        // Remotive asks to be credited where its jobs are shown.
        Assert.Equal("Remote jobs from Remotive (remotive.com)", item.QuerySelector(".source-credit")?.TextContent);
    }

    [Fact]
    public async Task A_missing_or_hostile_key_is_explained_beside_the_key_field()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/sources");
        var missing = await HtmlClient.ParseAsync(await client.SubmitAsync(page.Form("#source-form"), new() { ["Input.Type"] = "greenhouse", ["Input.Key"] = "" }));
        Assert.Equal("Board token is required for Greenhouse.", missing.QuerySelector("[data-valmsg-for='Input.Key']")?.TextContent);
        Assert.Equal("Board token", missing.QuerySelector("label[data-key-label]")?.TextContent);

        var hostile = await HtmlClient.ParseAsync(await client.SubmitAsync(page.Form("#source-form"), new() { ["Input.Type"] = "personio", ["Input.Key"] = "evil.com/x" }));
        Assert.Contains("may hold only letters, digits and hyphens", hostile.QuerySelector("[data-valmsg-for='Input.Key']")?.TextContent);
        Assert.Equal("Company subdomain", hostile.QuerySelector("label[data-key-label]")?.TextContent);
        Assert.Equal("evil.com/x", hostile.QuerySelector("#Input_Key")?.GetAttribute("value"));
        Assert.Empty(hostile.QuerySelectorAll("#source-list .source-item"));
    }

    [Fact]
    public async Task The_same_source_twice_is_refused_beside_the_field()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/sources");
        await client.SubmitAsync(page.Form("#source-form"), new() { ["Input.Type"] = "greenhouse", ["Input.Key"] = "acme" });
        var response = await client.HtmxPostAsync("/sources", page.AntiforgeryToken(), new() { ["Input.Type"] = "greenhouse", ["Input.Key"] = "acme" });
        var form = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("You already follow acme on Greenhouse.", form.QuerySelector("[data-valmsg-for='Input.Key']")?.TextContent);

        await client.SubmitAsync(page.Form("#source-form"), new() { ["Input.Type"] = "arbeitnow", ["Input.Query"] = "rust" });
        var again = await HtmlClient.ParseAsync(await client.SubmitAsync(page.Form("#source-form"), new() { ["Input.Type"] = "arbeitnow", ["Input.Query"] = "rust" }));
        Assert.Equal("You already follow this search on Arbeitnow.", again.QuerySelector("[data-valmsg-for='Input.Query']")?.TextContent);
        Assert.Equal(2, again.QuerySelectorAll("#source-list .source-item").Length);
    }

    [Fact]
    public async Task A_board_without_the_operators_key_is_offered_disabled_and_refused_if_sent()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/sources");
        var adzuna = page.QuerySelector("#Input_Type option[value=adzuna]")!;
        Assert.True(adzuna.HasAttribute("disabled"));
        Assert.Contains("needs the operator’s key", adzuna.TextContent);
        Assert.False(page.QuerySelector("#Input_Type option[value=remotive]")!.HasAttribute("disabled"));
        Assert.Equal(["Company boards (by the company’s key)", "Aggregators (by search)"],
            page.QuerySelectorAll("#Input_Type optgroup").Select(g => g.GetAttribute("label")));

        var refused = await HtmlClient.ParseAsync(await client.SubmitAsync(page.Form("#source-form"), new() { ["Input.Type"] = "jooble", ["Input.Query"] = "nurse" }));
        Assert.Contains("Jooble needs the operator's API key", refused.QuerySelector("[data-valmsg-for='Input.Type']")?.TextContent);
        Assert.Contains("LinkedIn, Indeed and Glassdoor", page.QuerySelector("main")?.TextContent);
        Assert.Contains("no public job API", page.QuerySelector("main")?.TextContent);
    }

    [Fact]
    public async Task A_source_is_switched_off_and_on_with_and_without_htmx()
    {
        var client = await app.SignedInAsync();
        var id = await AddAsync(client, "greenhouse", "acme");
        var page = await client.GetDocumentAsync("/sources");

        var off = await client.SubmitAsync(page.Form($"#source-{id} form"), []);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        page = await client.GetDocumentAsync("/sources");
        Assert.Equal("false", page.QuerySelector($"#source-{id} [role=switch]")?.GetAttribute("aria-checked"));
        Assert.Contains("acme on Greenhouse is off.", page.QuerySelector("#flash-area")?.TextContent);

        var on = await client.HtmxPostAsync(ActionOf(page.Form($"#source-{id} form")), page.AntiforgeryToken(), new() { ["enabled"] = "true" });
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Contains("HX-Request", on.Headers.Vary);
        var list = await HtmlClient.ParseFragmentAsync(await on.Content.ReadAsStringAsync());
        Assert.NotNull(list.QuerySelector("section#source-list"));
        Assert.Equal("true", list.QuerySelector($"#source-{id} [role=switch]")?.GetAttribute("aria-checked"));
        // The state sent is the one wanted: the same click from a stale page leaves it on.
        await client.HtmxPostAsync(ActionOf(page.Form($"#source-{id} form")), page.AntiforgeryToken(), new() { ["enabled"] = "true" });
        Assert.Equal("true", (await client.GetDocumentAsync("/sources")).QuerySelector($"#source-{id} [role=switch]")?.GetAttribute("aria-checked"));
    }

    [Fact]
    public async Task A_source_is_removed_with_and_without_htmx()
    {
        var client = await app.SignedInAsync();
        var acme = await AddAsync(client, "greenhouse", "acme");
        var globex = await AddAsync(client, "ashby", "globex");
        var page = await client.GetDocumentAsync("/sources");

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page.Form($"#source-{acme} form[action*='Delete']"), [])).StatusCode);
        page = await client.GetDocumentAsync("/sources");
        Assert.Null(page.QuerySelector($"#source-{acme}"));
        Assert.Contains("No longer following acme on Greenhouse.", page.QuerySelector("#flash-area")?.TextContent);

        var response = await client.HtmxPostAsync(ActionOf(page.Form($"#source-{globex} form[action*='Delete']")), page.AntiforgeryToken());
        var list = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Empty(list.QuerySelectorAll(".source-item"));
    }

    [Fact]
    public async Task Another_users_source_and_run_are_404()
    {
        var ownerEmail = app.NewEmail("owner");
        var owner = await app.SignedInAsync(ownerEmail);
        var id = await AddAsync(owner, "greenhouse", "acme");
        var runId = await app.AddRunAsync(await app.UserIdAsync(ownerEmail), IngestionStatus.Succeeded);
        var other = await app.SignedInAsync();
        var token = (await other.GetDocumentAsync("/sources")).AntiforgeryToken();

        Assert.Equal(HttpStatusCode.NotFound, (await other.HtmxPostAsync($"/sources?handler=Toggle&id={id}", token, new() { ["enabled"] = "false" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.HtmxPostAsync($"/sources?handler=Delete&id={id}", token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.HtmxGetAsync($"/sources?handler=Run&id={runId}")).StatusCode);
        Assert.Equal("true", (await owner.GetDocumentAsync("/sources")).QuerySelector($"#source-{id} [role=switch]")?.GetAttribute("aria-checked"));
    }

    [Fact]
    public async Task Run_now_queues_a_run_whose_panel_polls_itself_while_it_waits()
    {
        var client = await app.SignedInAsync();
        await AddAsync(client, "greenhouse", "acme");
        var page = await client.GetDocumentAsync("/sources");
        Assert.Null(page.QuerySelector("#run-panel[data-status]"));

        // Without htmx: back to the page, which shows the latest run.
        var redirect = await client.SubmitAsync(page.Form("form[action*='Run']"), []);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        page = await client.GetDocumentAsync("/sources");
        var panel = page.QuerySelector("#run-panel")!;
        Assert.Equal("queued", panel.GetAttribute("data-status"));
        Assert.Equal("Queued", panel.QuerySelector("[role=status]")?.TextContent);
        Assert.Equal("run-progress from:body, every 5s", panel.GetAttribute("hx-trigger"));
        Assert.Equal("outerHTML", panel.GetAttribute("hx-swap"));
        var poll = panel.GetAttribute("hx-get")!;
        Assert.Matches(@"^/sources\?(handler=Run&id=\d+|id=\d+&handler=Run)$", poll);

        // With htmx: the panel itself, and the same run while it waits.
        var response = await client.HtmxPostAsync(ActionOf(page.Form("form[action*='Run']")), page.AntiforgeryToken());
        var fragment = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(poll, fragment.QuerySelector("section#run-panel")?.GetAttribute("hx-get"));
        var polled = await client.HtmxGetAsync(poll);
        Assert.Contains("HX-Request", polled.Headers.Vary);
        Assert.False(polled.Headers.Contains("HX-Trigger"));
        Assert.Equal("run-progress from:body, every 5s", (await HtmlClient.ParseFragmentAsync(await polled.Content.ReadAsStringAsync())).QuerySelector("#run-panel")?.GetAttribute("hx-trigger"));
    }

    [Fact]
    public async Task Run_now_again_right_after_a_run_says_when_it_can_run_and_shows_the_last_run()
    {
        var email = app.NewEmail();
        var client = await app.SignedInAsync(email);
        var userId = await app.UserIdAsync(email);
        var runId = await app.AddRunAsync(userId, IngestionStatus.Succeeded);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The run was asked for just now, not two minutes ago.
            var db = scope.ServiceProvider.GetRequiredService<CareerCopilot.Web.Data.AppDbContext>();
            (await db.IngestionRuns.SingleAsync(r => r.Id == runId)).QueuedAt = app.Clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }
        var page = await client.GetDocumentAsync("/sources");

        var response = await client.HtmxPostAsync(ActionOf(page.Form("form[action*='Run']")), page.AntiforgeryToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = System.Text.Json.JsonDocument.Parse(response.Headers.GetValues("HX-Trigger").Single()).RootElement.GetProperty("show-message");
        Assert.Contains("run them again in 120 seconds", message.GetProperty("value").GetString());
        var panel = (await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync())).QuerySelector("#run-panel");
        Assert.Equal("succeeded", panel?.GetAttribute("data-status"));
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CareerCopilot.Web.Data.AppDbContext>().IngestionRuns
                .CountAsync(r => r.UserId == userId));
    }

    [Fact]
    public async Task A_finished_run_shows_its_numbers_stops_polling_and_refreshes_the_list()
    {
        var email = app.NewEmail();
        var client = await app.SignedInAsync(email);
        var acme = await AddAsync(client, "greenhouse", "acme");
        await AddAsync(client, "remoteok", null, "golang");
        var runId = await app.AddRunAsync(await app.UserIdAsync(email), IngestionStatus.PartiallyFailed,
            new IngestionRunSource { Type = BoardType.Greenhouse, Key = "acme", Status = IngestionStatus.Succeeded, Fetched = 57, NewPostings = 50, Duplicates = 7, Skipped = 1, JobsAdded = 4 },
            new IngestionRunSource { Type = BoardType.RemoteOk, Query = "golang", Status = IngestionStatus.Failed, Error = "Remote OK did not answer in 30 seconds." });

        var polled = await client.HtmxGetAsync($"/sources?handler=Run&id={runId}");
        Assert.Contains("sources-changed", string.Join(",", polled.Headers.GetValues("HX-Trigger")));
        var panel = (await HtmlClient.ParseFragmentAsync(await polled.Content.ReadAsStringAsync())).QuerySelector("#run-panel")!;
        Assert.Null(panel.GetAttribute("hx-trigger"));
        Assert.Null(panel.GetAttribute("hx-get"));
        Assert.Equal("Partially failed", panel.QuerySelector("[role=status]")?.TextContent);
        Assert.Contains("4 jobs added", panel.TextContent);
        var greenhouse = panel.QuerySelector("tr[data-board=greenhouse]")!;
        Assert.Equal(["57", "50", "7", "1", "4"], greenhouse.QuerySelectorAll("td.text-end").Select(td => td.TextContent));
        Assert.Equal("Remote OK did not answer in 30 seconds.", panel.QuerySelector("tr[data-board=remoteok] .run-error")?.TextContent);

        var page = await client.GetDocumentAsync("/sources");
        Assert.Equal("partially_failed", page.QuerySelector("#run-panel")?.GetAttribute("data-status"));
        Assert.Null(page.QuerySelector("#run-panel")?.GetAttribute("hx-trigger"));
        var item = page.QuerySelector($"#source-{acme}")!;
        Assert.Contains("Succeeded", item.QuerySelector(".source-facts")?.TextContent);
        Assert.Contains("4 jobs added", item.QuerySelector(".source-facts")?.TextContent);
        Assert.Contains("26 Nov 2026", item.QuerySelector(".source-facts time")?.TextContent);
        Assert.Equal("Remote jobs from Remote OK (remoteok.com)", page.QuerySelector("[data-board=remoteok] .source-credit")?.TextContent);
        Assert.Contains("Remote OK did not answer", page.QuerySelector("li[data-board=remoteok] .source-error")?.TextContent);
    }

    private static async Task<int> AddAsync(HttpClient client, string type, string? key, string? query = null)
    {
        var page = await client.GetDocumentAsync("/sources");
        var response = await client.SubmitAsync(page.Form("#source-form"), new() { ["Input.Type"] = type, ["Input.Key"] = key ?? "", ["Input.Query"] = query ?? "" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var items = (await client.GetDocumentAsync("/sources")).QuerySelectorAll("#source-list .source-item");
        return items.Select(i => int.Parse(i.Id!["source-".Length..], CultureInfo.InvariantCulture)).Max();
    }

    private static string ActionOf(IHtmlFormElement form) => form.GetAttribute("action")!;
}
