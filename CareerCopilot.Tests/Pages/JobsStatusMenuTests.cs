using System.Globalization;
using System.Net;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>The jobs table's status menu agrees with the job page and the board: it offers only what the rules allow.</summary>
public sealed class JobsStatusMenuTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> AddJobAsync(HttpClient client, string company, string status = "not_applied")
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = company, ["Input.Title"] = "Engineer", ["Input.Status"] = status });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private static string[] Options(AngleSharp.Dom.IElement? row) =>
        row!.QuerySelectorAll("select[name=status] option").Select(o => o.GetAttribute("value")!).ToArray();

    private static JsonElement Message(HttpResponseMessage response) =>
        JsonDocument.Parse(response.Headers.GetValues("HX-Trigger").Single()).RootElement.GetProperty("show-message");

    [Fact]
    public async Task Each_row_offers_only_the_moves_the_rules_allow()
    {
        var client = await app.SignedInAsync();
        var fresh = await AddJobAsync(client, "Fresh");
        var offered = await AddJobAsync(client, "Offered", "offer");
        var page = await client.GetDocumentAsync("/jobs");

        Assert.Equal(["not_applied", "applied", "interview", "offer", "rejected", "withdrawn"], Options(page.QuerySelector($"#job-{fresh}")));
        Assert.Equal(["applied", "interview", "offer", "accepted", "rejected", "withdrawn"], Options(page.QuerySelector($"#job-{offered}")));
    }

    [Fact]
    public async Task A_move_that_starts_an_application_says_so_and_the_row_then_offers_no_way_back()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, "Contoso");
        var page = await client.GetDocumentAsync("/jobs");

        var response = await client.HtmxPostAsync($"/jobs?handler=Status&id={id}", page.AntiforgeryToken(), new() { ["status"] = "applied" });
        Assert.Equal("Tracked: Contoso – Engineer is now on your board as applied.", Message(response).GetString());
        Assert.Contains("application-changed", response.Headers.GetValues("HX-Trigger").Single());
        var row = await HtmlClient.ParseFragmentAsync($"<table>{await response.Content.ReadAsStringAsync()}</table>");
        Assert.Equal(["applied", "interview", "offer", "rejected", "withdrawn"], Options(row.QuerySelector("tr")));

        var next = await client.HtmxPostAsync($"/jobs?handler=Status&id={id}", page.AntiforgeryToken(), new() { ["status"] = "interview" });
        Assert.Equal("Contoso – Engineer: interview.", Message(next).GetString());
    }

    [Fact]
    public async Task A_refused_move_comes_back_as_a_danger_toast_and_a_message_contained_in_the_status_cell()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, "Contoso", "applied");
        var page = await client.GetDocumentAsync("/jobs");

        // Another tab may still show "accepted"; the server refuses it.
        var refused = await client.HtmxPostAsync($"/jobs?handler=Status&id={id}", page.AntiforgeryToken(), new() { ["status"] = "accepted" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var message = Message(refused);
        Assert.Equal("danger", message.GetProperty("kind").GetString());
        Assert.Equal("Only an application with an offer can be accepted.", message.GetProperty("value").GetString());
        var row = await HtmlClient.ParseFragmentAsync($"<table>{await refused.Content.ReadAsStringAsync()}</table>");
        Assert.Equal("Only an application with an offer can be accepted.", row.QuerySelector("td.status-cell .status-error[role=alert]")?.TextContent);
        Assert.Equal("applied", row.QuerySelector("select option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Without_javascript_a_started_application_is_the_flash_message()
    {
        var client = await app.SignedInAsync();
        await AddJobAsync(client, "Contoso");
        var page = await client.GetDocumentAsync("/jobs");
        var response = await client.SubmitAsync(page.Form(".status-form"), new() { ["status"] = "interview" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Tracked: Contoso – Engineer is now on your board as interview.", after.QuerySelector("#flash-area")?.TextContent);
    }
}
