using System.Globalization;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>One-click changes answer with a toast whose Undo posts to a handler that reverses them.</summary>
public sealed class UndoTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task I_have_this_keeps_its_row_and_its_undo_removes_the_skill_again()
    {
        var client = await app.SignedInAsync();
        var profile = await client.GetDocumentAsync("/profile");
        await client.SubmitAsync(profile.Form("#profile-form"), new() { ["Input.Skills"] = "C#", ["Input.PreferredLocations"] = "Berlin" });
        await AddJobAsync(client, "Contoso", "C#, Kubernetes, Go");
        var gap = await client.GetDocumentAsync("/skills");
        var kubernetesRow = Array.FindIndex(gap.QuerySelectorAll(".gap-table tbody tr").ToArray(), r => r.GetAttribute("data-skill") == "Kubernetes");

        var response = await client.HtmxPostAsync("/skills?handler=Have", gap.AntiforgeryToken(), new() { ["skill"] = "k8s" });
        var report = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        var rows = report.QuerySelectorAll(".gap-table tbody tr").ToArray();
        Assert.True(rows.Length > kubernetesRow, report.QuerySelector("tbody")?.OuterHtml ?? report.DocumentElement.OuterHtml);
        Assert.Equal("Kubernetes", rows[kubernetesRow].GetAttribute("data-skill-added"));
        Assert.Null(report.QuerySelector("tr[data-skill=Kubernetes]"));

        var undo = Undo(response);
        Assert.Equal("Kubernetes added to your skills.", undo.Message);
        Assert.Equal("#skill-gap", undo.Target);
        var undone = await client.HtmxPostAsync(undo.Url, gap.AntiforgeryToken());
        Assert.Contains("Kubernetes removed from your skills.", Triggers(undone));
        Assert.NotNull((await HtmlClient.ParseFragmentAsync(await undone.Content.ReadAsStringAsync())).QuerySelector("tr[data-skill=Kubernetes]"));
        Assert.Equal("C#", (await client.GetDocumentAsync("/profile")).QuerySelector("#Input_Skills")?.GetAttribute("value"));
    }

    [Fact]
    public async Task I_have_this_for_a_skill_already_held_offers_no_undo()
    {
        var client = await app.SignedInAsync();
        await AddJobAsync(client, "Contoso", "Go");
        var gap = await client.GetDocumentAsync("/skills");
        await client.HtmxPostAsync("/skills?handler=Have", gap.AntiforgeryToken(), new() { ["skill"] = "Go" });

        var again = await client.HtmxPostAsync("/skills?handler=Have", gap.AntiforgeryToken(), new() { ["skill"] = "Go" });
        Assert.DoesNotContain("show-undo", Triggers(again));
        Assert.Contains("show-message", Triggers(again));
    }

    [Fact]
    public async Task Not_interested_is_undone_from_its_toast_and_hidden_jobs_can_be_brought_back()
    {
        var client = await app.SignedInAsync();
        var contoso = await AddJobAsync(client, "Contoso", "C#");
        var fabrikam = await AddJobAsync(client, "Fabrikam", "Go");
        var page = await client.GetDocumentAsync("/recommendations");
        Assert.Null(page.QuerySelector(".hidden-jobs"));

        var response = await client.HtmxPostAsync($"/recommendations?handler=NotInterested&id={contoso}", page.AntiforgeryToken());
        var list = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Fabrikam", Assert.Single(list.QuerySelectorAll(".rec-card")).TextContent);
        Assert.NotNull(list.QuerySelector($".hidden-jobs [data-hidden-job='{contoso}'] form"));

        var undo = Undo(response);
        Assert.Equal("#recommendations", undo.Target);
        var undone = await client.HtmxPostAsync(undo.Url, page.AntiforgeryToken());
        Assert.Contains("Back in your recommendations.", Triggers(undone));
        var back = await HtmlClient.ParseFragmentAsync(await undone.Content.ReadAsStringAsync());
        Assert.Null(back.QuerySelector(".hidden-jobs"));
        Assert.Contains("Contoso", back.QuerySelector("#recommendations")?.TextContent);

        // Without the toast: hide from the job's page, bring back from the list of hidden jobs (a plain form).
        var details = await client.GetDocumentAsync($"/jobs/{fabrikam}");
        var hidden = await client.HtmxPostAsync($"/jobs/{fabrikam}?handler=NotInterested", details.AntiforgeryToken());
        Assert.Equal("#match-card", Undo(hidden).Target);
        var recommendations = await client.GetDocumentAsync("/recommendations");
        var bringBack = await client.SubmitAsync(recommendations.Form($".hidden-jobs [data-hidden-job='{fabrikam}'] form"), []);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, bringBack.StatusCode);
        Assert.Null((await client.GetDocumentAsync("/recommendations")).QuerySelector(".hidden-jobs"));
    }

    [Fact]
    public async Task A_move_is_undone_back_to_the_status_it_came_from()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, "Contoso", "C#", "applied");
        var page = await client.GetDocumentAsync($"/jobs/{id}");

        var moved = await client.HtmxPostAsync($"/jobs/{id}?handler=Move&status=interview", page.AntiforgeryToken());
        var undo = Undo(moved);
        Assert.Equal("Moved to Interview.", undo.Message);
        Assert.Equal("#application-card", undo.Target);
        Assert.Contains("status=applied", undo.Url);

        var undone = await client.HtmxPostAsync(undo.Url, page.AntiforgeryToken());
        var card = await HtmlClient.ParseFragmentAsync(await undone.Content.ReadAsStringAsync());
        Assert.True(card.QuerySelector("#application-card p .status-badge")?.TextContent.Contains("Applied"), $"{undo.Url} {undone.StatusCode} {card.DocumentElement.OuterHtml}");
        Assert.Equal(["applied", "interview", "applied"], await HistoryAsync(client, id));
    }

    [Fact]
    public async Task A_move_the_rules_would_not_reverse_offers_no_undo_and_the_buttons_keep_their_places()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, "Contoso", "C#", "offer");
        var page = await client.GetDocumentAsync($"/jobs/{id}");
        var before = page.QuerySelectorAll(".move-buttons button").Select(b => b.TextContent.Trim()).ToArray();
        Assert.True(page.QuerySelector(".move-buttons button:disabled")?.TextContent.Contains("Offer"));

        var accepted = await client.HtmxPostAsync($"/jobs/{id}?handler=Move&status=accepted", page.AntiforgeryToken());
        Assert.DoesNotContain("show-undo", Triggers(accepted));
        Assert.Contains("Application moved.", Triggers(accepted));
        var card = await HtmlClient.ParseFragmentAsync(await accepted.Content.ReadAsStringAsync());
        Assert.Equal(before, card.QuerySelectorAll(".move-buttons button").Select(b => b.TextContent.Trim()));
        Assert.Equal(["Withdrawn"], card.QuerySelectorAll(".move-buttons button:not(:disabled)").Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public async Task A_deleted_job_comes_back_from_its_undo_with_its_application_history_and_feedback_once()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, "Contoso", "C#", "applied");
        var page = await client.GetDocumentAsync($"/jobs/{id}");
        await client.HtmxPostAsync($"/jobs/{id}?handler=Move&status=interview", page.AntiforgeryToken());
        await client.HtmxPostAsync($"/jobs/{id}?handler=NotInterested", page.AntiforgeryToken());

        var deleted = await client.HtmxPostAsync($"/jobs?handler=Delete&id={id}", page.AntiforgeryToken());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/{id}")).StatusCode);
        var undo = Undo(deleted);
        Assert.Equal("Job deleted.", undo.Message);
        Assert.Contains("jobs-changed", Triggers(deleted));

        var restored = await client.HtmxPostAsync(undo.Url, page.AntiforgeryToken());
        Assert.Contains("Engineer restored.", Triggers(restored));
        var list = await client.GetDocumentAsync("/jobs");
        var link = list.QuerySelectorAll("#job-list a").Select(a => a.GetAttribute("href")).First(h => h is not null && System.Text.RegularExpressions.Regex.IsMatch(h, @"^/jobs/\d+$"))!;
        var newId = int.Parse(link.Split('/').Last(), CultureInfo.InvariantCulture);
        Assert.Equal(["applied", "interview"], await HistoryAsync(client, newId));
        Assert.NotNull((await client.GetDocumentAsync("/recommendations")).QuerySelector($".hidden-jobs [data-hidden-job='{newId}']"));

        var twice = await client.HtmxPostAsync(undo.Url, page.AntiforgeryToken());
        Assert.Contains("can no longer be restored", Triggers(twice));
        Assert.Single((await client.GetDocumentAsync("/jobs")).QuerySelectorAll("#job-list tbody tr"));
    }

    [Fact]
    public async Task Another_users_undo_token_restores_nothing()
    {
        var owner = await app.SignedInAsync();
        var id = await AddJobAsync(owner, "Contoso", "C#");
        var page = await owner.GetDocumentAsync($"/jobs/{id}");
        var undo = Undo(await owner.HtmxPostAsync($"/jobs?handler=Delete&id={id}", page.AntiforgeryToken()));

        var stranger = await app.SignedInAsync();
        var theirs = await stranger.GetDocumentAsync("/jobs");
        var answer = await stranger.HtmxPostAsync(undo.Url, theirs.AntiforgeryToken());
        Assert.Contains("can no longer be restored", Triggers(answer));
        Assert.Contains("restored", Triggers(await owner.HtmxPostAsync(undo.Url, page.AntiforgeryToken())));
    }

    private sealed record UndoToast(string Message, string Url, string Target);

    private static string Triggers(HttpResponseMessage response) =>
        response.Headers.TryGetValues("HX-Trigger", out var values) ? string.Join(",", values) : "";

    private static UndoToast Undo(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(Triggers(response));
        var undo = json.RootElement.GetProperty("show-undo");
        return new(undo.GetProperty("message").GetString()!, undo.GetProperty("url").GetString()!, undo.GetProperty("target").GetString()!);
    }

    private static async Task<string[]> HistoryAsync(HttpClient client, int id)
    {
        var page = await client.GetDocumentAsync($"/jobs/{id}");
        return page.QuerySelectorAll(".timeline-item .status-badge").Select(b => b.TextContent.Trim().ToLowerInvariant()).Reverse().ToArray();
    }

    private static async Task<int> AddJobAsync(HttpClient client, string company, string stack, string status = "not_applied")
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), new()
        {
            ["Input.Company"] = company, ["Input.Title"] = "Engineer", ["Input.TechStack"] = stack, ["Input.Status"] = status,
        });
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }
}
