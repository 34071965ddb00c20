using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>The jobs table's bulk bar: a status change by the rules, job by job, and a delete that asks first.</summary>
public sealed class JobsBulkActionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> AddJobAsync(HttpClient client, string company, string status = "not_applied")
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = company, ["Input.Title"] = "Engineer", ["Input.Status"] = status });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    /// <summary>Sends the bulk form as a browser would: its token, the ticked rows' boxes (form="jobs-bulk"), the button pressed.</summary>
    private static async Task<HttpResponseMessage> SubmitBulkAsync(HttpClient client, IHtmlFormElement form, IEnumerable<int> ids,
        string bulk, string? to = null, bool htmx = false)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value),
            new("bulk", bulk),
        };
        fields.AddRange(form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden][name=ids]").Select(i => new KeyValuePair<string, string>("ids", i.Value)));
        fields.AddRange(ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString(CultureInfo.InvariantCulture))));
        if (to is not null) fields.Add(new("to", to));
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(form.BaseUri), form.GetAttribute("action"))) { Content = new FormUrlEncodedContent(fields) };
        if (htmx) request.Headers.Add("HX-Request", "true");
        return await client.SendAsync(request);
    }

    private static JsonElement Message(HttpResponseMessage response) =>
        JsonDocument.Parse(response.Headers.GetValues("HX-Trigger").Single()).RootElement.GetProperty("show-message");

    private static async Task<string?> StatusOfAsync(HttpClient client, int id) =>
        (await client.GetDocumentAsync("/jobs?p=1")).QuerySelector($"#job-{id} select[name=status] option[selected]")?.GetAttribute("value");

    [Fact]
    public async Task Every_row_has_a_box_for_the_bulk_form_and_the_bar_offers_a_status_and_delete()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, "Contoso");
        var page = await client.GetDocumentAsync("/jobs");
        var box = page.QuerySelector($"#job-{id} input[type=checkbox][name=ids]");
        Assert.Equal("jobs-bulk", box?.GetAttribute("form"));
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), box?.GetAttribute("value"));
        var bar = page.Form("#jobs-bulk");
        Assert.Equal(["status", "delete"], bar.QuerySelectorAll("button[name=bulk]").Select(b => b.GetAttribute("value")));
        Assert.NotNull(bar.QuerySelector("select[name=to]"));
    }

    [Fact]
    public async Task A_bulk_status_change_applies_the_rules_job_by_job_reports_each_refusal_and_leaves_another_users_job_alone()
    {
        var other = await app.SignedInAsync();
        var theirs = await AddJobAsync(other, "Theirs", "offer");
        var client = await app.SignedInAsync();
        var offered = await AddJobAsync(client, "Offered", "offer");
        var applied = await AddJobAsync(client, "Applied", "applied");
        var page = await client.GetDocumentAsync("/jobs?status=&sort=company");

        var response = await SubmitBulkAsync(client, page.Form("#jobs-bulk"), [offered, applied, theirs], "status", "accepted", htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Message(response);
        Assert.Equal("warning", message.GetProperty("kind").GetString());
        Assert.Equal("Moved 1 job to accepted. Not moved: Applied – Engineer: Only an application with an offer can be accepted. 1 selected job no longer exists.",
            message.GetProperty("value").GetString());
        var list = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("job-list", list.QuerySelector("section")?.Id);
        Assert.Equal("accepted", await StatusOfAsync(client, offered));
        Assert.Equal("applied", await StatusOfAsync(client, applied));
        Assert.Equal("offer", await StatusOfAsync(other, theirs));
    }

    [Fact]
    public async Task A_bulk_move_that_starts_applications_says_so()
    {
        var client = await app.SignedInAsync();
        var a = await AddJobAsync(client, "A");
        var b = await AddJobAsync(client, "B", "interview");
        var page = await client.GetDocumentAsync("/jobs");
        var response = await SubmitBulkAsync(client, page.Form("#jobs-bulk"), [a, b], "status", "interview", htmx: true);
        Assert.Equal("Moved 1 job to interview. 1 job now on your board. 1 job already interview.", Message(response).GetString());
        Assert.Contains("application-changed", response.Headers.GetValues("HX-Trigger").Single());
    }

    [Fact]
    public async Task A_bulk_delete_asks_first_naming_the_jobs_then_deletes_only_the_users_own()
    {
        var other = await app.SignedInAsync();
        var theirs = await AddJobAsync(other, "Theirs");
        var client = await app.SignedInAsync();
        var one = await AddJobAsync(client, "One");
        var two = await AddJobAsync(client, "Two", "applied");
        var kept = await AddJobAsync(client, "Kept");
        var page = await client.GetDocumentAsync("/jobs");

        // Without JavaScript: the question is a page, and nothing is deleted yet.
        var asked = await SubmitBulkAsync(client, page.Form("#jobs-bulk"), [one, two, theirs], "delete");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var question = await HtmlClient.ParseAsync(asked);
        var confirm = question.Form("#jobs-bulk-confirm");
        Assert.Contains("Delete these 2 jobs?", confirm.TextContent);
        Assert.Equal(["One – Engineer", "Two – Engineer"], confirm.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/jobs/{one}")).StatusCode);

        // The confirmation carries the ids it named; a forged extra id of another user's is not touched either.
        var done = await SubmitBulkAsync(client, confirm, [theirs], "delete-confirmed");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await client.GetDocumentAsync(done.Headers.Location!.OriginalString);
        Assert.Contains("Deleted 2 jobs. 1 selected job no longer exists.", after.QuerySelector("#flash-area")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/{one}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/{two}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/jobs/{kept}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/jobs/{theirs}")).StatusCode);
    }

    [Fact]
    public async Task Over_htmx_the_question_comes_back_inside_the_list_and_the_answer_is_the_list_with_a_toast()
    {
        var client = await app.SignedInAsync();
        var one = await AddJobAsync(client, "One");
        var page = await client.GetDocumentAsync("/jobs");
        var asked = await SubmitBulkAsync(client, page.Form("#jobs-bulk"), [one], "delete", htmx: true);
        var fragment = await HtmlClient.ParseFragmentAsync(await asked.Content.ReadAsStringAsync());
        Assert.Null(fragment.QuerySelector("nav.app-nav"));
        var confirm = (IHtmlFormElement)fragment.QuerySelector("#job-list #jobs-bulk-confirm")!;
        Assert.Contains("Delete this job?", confirm.TextContent);

        var done = await SubmitBulkAsync(client, (IHtmlFormElement)(await client.GetDocumentAsync("/jobs")).QuerySelector("#jobs-bulk")!, [one], "delete-confirmed", htmx: true);
        Assert.Equal("Deleted 1 job.", Message(done).GetString());
        Assert.Contains("No jobs yet", (await HtmlClient.ParseFragmentAsync(await done.Content.ReadAsStringAsync())).QuerySelector("#job-list")?.TextContent);
    }

    [Fact]
    public async Task Nothing_selected_or_no_status_is_a_clear_message_not_an_error_page()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, "One");
        var page = await client.GetDocumentAsync("/jobs");
        var none = await SubmitBulkAsync(client, page.Form("#jobs-bulk"), [], "status", "applied", htmx: true);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal("Select at least one job.", Message(none).GetProperty("value").GetString());
        var noStatus = await SubmitBulkAsync(client, page.Form("#jobs-bulk"), [id], "status", "hired", htmx: true);
        Assert.Equal("Choose a status from the list.", Message(noStatus).GetProperty("value").GetString());
        Assert.Equal("not_applied", await StatusOfAsync(client, id));
    }
}
