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
        Assert.Contains("No applications yet", (await client.GetDocumentAsync("/applications")).QuerySelector("#board")?.TextContent);
        await TrackedJobAsync(client, "Contoso");

        var board = await client.GetDocumentAsync("/applications");
        Assert.Equal(["applied", "interview", "offer", "accepted", "rejected", "withdrawn"],
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
}
