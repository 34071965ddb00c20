using System.Globalization;
using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

public sealed class ApplicationsBoardTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> TrackedJobAsync(HttpClient client, string company)
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = company, ["Input.Title"] = "Engineer", ["Input.Status"] = "applied" });
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_board_has_a_column_per_status_with_the_cards_in_theirs()
    {
        var client = await app.SignedInAsync();
        Assert.Contains("Nothing on your board yet", (await client.GetDocumentAsync("/applications")).QuerySelector("#board")?.TextContent);
        await TrackedJobAsync(client, "Contoso");

        var board = await client.GetDocumentAsync("/applications");
        Assert.Equal(["not_applied", "applied", "interview", "offer", "accepted", "rejected", "withdrawn"],
            board.QuerySelectorAll(".board-column").Select(c => c.GetAttribute("data-status")));
        Assert.Contains("Contoso", board.QuerySelector(".board-column[data-status=applied] .board-cards")?.TextContent);
    }

    [Fact]
    public async Task Moving_a_card_returns_the_board_and_the_job_follows()
    {
        var client = await app.SignedInAsync();
        var jobId = await TrackedJobAsync(client, "Contoso");
        var board = await client.GetDocumentAsync("/applications");
        var cardId = board.QuerySelector(".board-card")!.GetAttribute("data-id");

        var response = await client.HtmxPostAsync("/applications?handler=Move", board.AntiforgeryToken(), new() { ["id"] = cardId!, ["status"] = "interview" });
        Assert.Contains("HX-Request", response.Headers.Vary);
        var fragment = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Contoso", fragment.QuerySelector(".board-column[data-status=interview]")?.TextContent);
        Assert.DoesNotContain("Contoso", fragment.QuerySelector(".board-column[data-status=applied]")?.TextContent);

        var job = await client.GetDocumentAsync($"/jobs/{jobId}");
        Assert.Equal("Interview", job.QuerySelector("#job-fields .status-badge")?.TextContent);
        Assert.Equal(["Interview", "Applied"], job.QuerySelectorAll(".timeline-item .status-badge").Select(b => b.TextContent));
    }

    [Fact]
    public async Task A_refused_move_keeps_the_card_and_says_why()
    {
        var client = await app.SignedInAsync();
        await TrackedJobAsync(client, "Contoso");
        var board = await client.GetDocumentAsync("/applications");
        var cardId = board.QuerySelector(".board-card")!.GetAttribute("data-id")!;

        var response = await client.HtmxPostAsync("/applications?handler=Move", board.AntiforgeryToken(), new() { ["id"] = cardId, ["status"] = "accepted" });
        var fragment = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("offer", fragment.QuerySelector(".alert-warning")?.TextContent);
        Assert.Contains("Contoso", fragment.QuerySelector(".board-column[data-status=applied]")?.TextContent);
    }

    [Fact]
    public async Task Without_htmx_the_move_menu_posts_and_redirects()
    {
        var client = await app.SignedInAsync();
        await TrackedJobAsync(client, "Contoso");
        var board = await client.GetDocumentAsync("/applications");
        var menu = board.Form(".board-card form.card-move");
        Assert.Equal(["", "interview", "offer", "rejected", "withdrawn"], menu.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        var response = await client.SubmitAsync(menu, new() { ["status"] = "rejected" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync("/applications");
        Assert.Contains("Contoso", after.QuerySelector(".board-column[data-status=rejected]")?.TextContent);
    }

    [Fact]
    public async Task Another_users_jobs_and_applications_are_not_found()
    {
        var ana = await app.SignedInAsync();
        var jobId = await TrackedJobAsync(ana, "Ana's Secret Co");
        var anaBoard = await ana.GetDocumentAsync("/applications");
        var cardId = anaBoard.QuerySelector(".board-card")!.GetAttribute("data-id")!;

        var bob = await app.SignedInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/jobs/{jobId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/jobs/edit?id={jobId}")).StatusCode);
        var bobBoard = await bob.GetDocumentAsync("/applications");
        Assert.DoesNotContain("Secret", bobBoard.Body!.TextContent);
        Assert.DoesNotContain("Secret", (await bob.GetDocumentAsync("/jobs")).Body!.TextContent);

        Assert.Equal(HttpStatusCode.NotFound, (await bob.HtmxPostAsync("/applications?handler=Move", bobBoard.AntiforgeryToken(), new() { ["id"] = cardId, ["status"] = "rejected" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.HtmxPostAsync($"/jobs?handler=Delete&id={jobId}", bobBoard.AntiforgeryToken())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.HtmxPostAsync($"/jobs?handler=Status&id={jobId}", bobBoard.AntiforgeryToken(), new() { ["status"] = "rejected" })).StatusCode);
        Assert.Contains("Ana's Secret Co", (await ana.GetDocumentAsync("/applications")).QuerySelector(".board-column[data-status=applied]")?.TextContent);
    }

    private static async Task<int> SavedJobAsync(HttpClient client, string company, Dictionary<string, string>? more = null)
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var values = new Dictionary<string, string> { ["Input.Company"] = company, ["Input.Title"] = "Engineer" };
        foreach (var (k, v) in more ?? []) values[k] = v;
        var response = await client.SubmitAsync(form.Form("#job-form"), values);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Saved_jobs_open_the_board_with_their_score_salary_days_and_deadline()
    {
        var client = await app.SignedInAsync();
        await SavedJobAsync(client, "Contoso", new()
        {
            ["Input.SalaryMin"] = "70000", ["Input.SalaryMax"] = "90000", ["Input.SalaryCurrency"] = "EUR", ["Input.SalaryPeriod"] = "year",
            ["Input.Deadline"] = "2026-11-29", ["Input.TechStack"] = "C#",
        });
        await SavedJobAsync(client, "Fabrikam", new() { ["Input.Deadline"] = "2026-11-01" });

        var board = await client.GetDocumentAsync("/applications");
        var column = board.QuerySelector(".board-column[data-status=not_applied]")!;
        Assert.Equal("Saved", column.QuerySelector(".board-column-title .status-badge")?.TextContent);
        Assert.Equal("2", column.QuerySelector(".count")?.TextContent);
        var contoso = column.QuerySelectorAll(".board-card").Single(c => c.TextContent.Contains("Contoso", StringComparison.Ordinal));
        Assert.NotNull(contoso.QuerySelector(".score-badge"));
        Assert.Equal("70,000–90,000 EUR per year", contoso.QuerySelector(".card-salary")?.TextContent);
        Assert.Equal("In this column since today", contoso.QuerySelector(".card-days")?.TextContent);
        Assert.Equal("Next: Deadline in 3 days", contoso.QuerySelector(".card-next")?.TextContent);
        // A deadline gone by is no next step.
        var fabrikam = column.QuerySelectorAll(".board-card").Single(c => c.TextContent.Contains("Fabrikam", StringComparison.Ordinal));
        Assert.Null(fabrikam.QuerySelector(".card-next"));
    }

    [Fact]
    public async Task I_applied_on_a_saved_card_starts_its_application_and_the_card_moves()
    {
        var client = await app.SignedInAsync();
        var jobId = await SavedJobAsync(client, "Contoso");
        var board = await client.GetDocumentAsync("/applications");
        var start = board.Form(".board-column[data-status=not_applied] .board-card form");

        var response = await client.SubmitAsync(start, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync("/applications");
        Assert.Empty(after.QuerySelectorAll(".board-column[data-status=not_applied] .board-card"));
        Assert.Contains("Contoso", after.QuerySelector(".board-column[data-status=applied]")?.TextContent);
        var job = await client.GetDocumentAsync($"/jobs/{jobId}");
        Assert.Equal(["Applied"], job.QuerySelectorAll(".timeline-item .status-badge").Select(b => b.TextContent));

        // A drop onto another column posts the column's status to the card's own address.
        var second = await SavedJobAsync(client, "Fabrikam");
        var card = (await client.GetDocumentAsync("/applications")).QuerySelector($"#saved-{second}")!;
        var dropped = await client.HtmxPostAsync(card.GetAttribute("data-move-url")!, after.AntiforgeryToken(), new() { ["id"] = $"{second}", ["status"] = "interview" });
        var fragment = await HtmlClient.ParseFragmentAsync(await dropped.Content.ReadAsStringAsync());
        Assert.Contains("Fabrikam", fragment.QuerySelector(".board-column[data-status=interview]")?.TextContent);
        var refused = await client.HtmxPostAsync(card.GetAttribute("data-move-url")!, after.AntiforgeryToken(), new() { ["id"] = $"{second}", ["status"] = "accepted" });
        Assert.Contains("offer", (await HtmlClient.ParseFragmentAsync(await refused.Content.ReadAsStringAsync())).QuerySelector(".alert-warning")?.TextContent);
    }

    [Fact]
    public async Task An_application_dropped_on_saved_stays_and_the_rules_say_why()
    {
        var client = await app.SignedInAsync();
        await TrackedJobAsync(client, "Contoso");
        var board = await client.GetDocumentAsync("/applications");
        var cardId = board.QuerySelector(".board-column[data-status=applied] .board-card")!.GetAttribute("data-id")!;

        var response = await client.HtmxPostAsync("/applications?handler=Move", board.AntiforgeryToken(), new() { ["id"] = cardId, ["status"] = "not_applied" });
        var fragment = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("withdrawn", fragment.QuerySelector(".alert-warning")?.TextContent);
        Assert.Contains("Contoso", fragment.QuerySelector(".board-column[data-status=applied]")?.TextContent);
    }

    [Fact]
    public async Task Another_users_saved_job_cannot_be_started()
    {
        var ana = await app.SignedInAsync();
        var jobId = await SavedJobAsync(ana, "Ana's Saved Co");
        var bob = await app.SignedInAsync();
        var bobBoard = await bob.GetDocumentAsync("/applications");
        Assert.DoesNotContain("Saved Co", bobBoard.Body!.TextContent);
        var response = await bob.HtmxPostAsync($"/applications/{jobId}?handler=Start", bobBoard.AntiforgeryToken(), new() { ["status"] = "applied" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Ana's Saved Co", (await ana.GetDocumentAsync("/applications")).QuerySelector(".board-column[data-status=not_applied]")?.TextContent);
    }
}
