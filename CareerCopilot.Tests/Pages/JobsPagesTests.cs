using System.Globalization;
using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

public sealed class JobsPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> AddJobAsync(HttpClient client, Dictionary<string, string> values)
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_newcomer_sees_what_to_do_first()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/jobs");
        Assert.Contains("No jobs yet", page.QuerySelector("#job-list")?.TextContent);
        Assert.NotNull(page.QuerySelector("#job-list a[href='/jobs/edit']"));
    }

    [Fact]
    public async Task The_list_fragment_searches_filters_and_sorts_in_place()
    {
        var client = await app.SignedInAsync();
        await AddJobAsync(client, new() { ["Input.Company"] = "Zeta Labs", ["Input.Title"] = "Go Developer", ["Input.TechStack"] = "Go, gRPC", ["Input.Remote"] = "remote" });
        await AddJobAsync(client, new() { ["Input.Company"] = "Alpha Corp", ["Input.Title"] = "Data Engineer", ["Input.Status"] = "interview" });

        var response = await client.HtmxGetAsync("/jobs?handler=List&q=grpc");
        Assert.Contains("HX-Request", response.Headers.Vary);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html);
        Assert.Equal(["Zeta Labs"], await CompaniesAsync(html));

        Assert.Equal(["Alpha Corp"], await CompaniesAsync(await (await client.HtmxGetAsync("/jobs?handler=List&status=interview")).Content.ReadAsStringAsync()));
        Assert.Equal(["Zeta Labs"], await CompaniesAsync(await (await client.HtmxGetAsync("/jobs?handler=List&remote=remote")).Content.ReadAsStringAsync()));
        Assert.Equal(["Alpha Corp", "Zeta Labs"], await CompaniesAsync(await (await client.HtmxGetAsync("/jobs?handler=List&sort=company")).Content.ReadAsStringAsync()));
        Assert.Equal(["Zeta Labs", "Alpha Corp"], await CompaniesAsync(await (await client.HtmxGetAsync("/jobs?handler=List&sort=company_desc")).Content.ReadAsStringAsync()));

        var sortedByTitle = await HtmlClient.ParseFragmentAsync(await (await client.HtmxGetAsync("/jobs?handler=List&sort=title")).Content.ReadAsStringAsync());
        var phoneSort = sortedByTitle.QuerySelectorAll(".phone-sort a").ToList();
        Assert.Equal(["Newest", "Best match", "Company", "Title", "Status", "Location", "Salary", "Deadline"], phoneSort.Select(a => a.TextContent));
        Assert.Equal("true", phoneSort[3].GetAttribute("aria-current"));
        Assert.Contains("sort=company", phoneSort[2].GetAttribute("hx-get"));

        var nothing = await (await client.HtmxGetAsync("/jobs?handler=List&q=cobol")).Content.ReadAsStringAsync();
        Assert.Contains("No job matches these filters", nothing);
    }

    [Fact]
    public async Task The_list_handler_without_htmx_is_the_whole_page()
    {
        var client = await app.SignedInAsync();
        var response = await client.GetAsync("/jobs?handler=List&q=x");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html", html);
        Assert.Contains("id=\"job-filters\"", html);
    }

    [Fact]
    public async Task Paging_shows_twenty_rows_and_links_to_the_next_page()
    {
        var pages = await app.SignedInAsync();
        for (var i = 0; i < 23; i++) await AddJobAsync(pages, new() { ["Input.Company"] = $"Company {i:00}", ["Input.Title"] = "Role" });

        var first = await HtmlClient.ParseFragmentAsync(await (await pages.HtmxGetAsync("/jobs?handler=List")).Content.ReadAsStringAsync());
        Assert.Equal(20, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("1–20 of 23", first.QuerySelector("nav[aria-label=Pages]")?.TextContent);
        var second = await HtmlClient.ParseFragmentAsync(await (await pages.HtmxGetAsync("/jobs?handler=List&p=2")).Content.ReadAsStringAsync());
        Assert.Equal(3, second.QuerySelectorAll("tbody tr").Length);
        var beyond = await HtmlClient.ParseFragmentAsync(await (await pages.HtmxGetAsync("/jobs?handler=List&p=99")).Content.ReadAsStringAsync());
        Assert.Equal(3, beyond.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task The_dialog_form_shows_server_validation_in_place()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/jobs");
        var form = await client.HtmxGetAsync("/jobs/edit");
        Assert.DoesNotContain("<html", await form.Content.ReadAsStringAsync());

        var response = await client.HtmxPostAsync("/jobs/edit", page.AntiforgeryToken(), new()
        {
            ["Input.Company"] = "  ", ["Input.Title"] = new string('t', 201), ["Input.Url"] = "javascript:alert(1)", ["Input.Remote"] = "unknown", ["Input.Status"] = "not_applied",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Company is required", fragment.QuerySelector("[data-valmsg-for='Input.Company']")?.TextContent);
        Assert.Contains("200", fragment.QuerySelector("[data-valmsg-for='Input.Title']")?.TextContent);
        Assert.Contains("http", fragment.QuerySelector("[data-valmsg-for='Input.Url']")?.TextContent);
        Assert.Contains("No jobs yet", (await client.GetDocumentAsync("/jobs")).QuerySelector("#job-list")?.TextContent);
    }

    [Fact]
    public async Task Saving_in_the_dialog_tells_the_page_to_refresh_its_list()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/jobs");
        var response = await client.HtmxPostAsync("/jobs/edit", page.AntiforgeryToken(), new()
        {
            ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.Remote"] = "hybrid", ["Input.Status"] = "not_applied",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("jobs-changed", response.Headers.GetValues("HX-Trigger").Single());
        Assert.Contains("Contoso", (await client.GetDocumentAsync("/jobs")).QuerySelector("#job-list")?.TextContent);
    }

    [Fact]
    public async Task Editing_keeps_the_job_and_changes_its_fields()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.SalaryMin"] = "50000" });
        var edit = await client.GetDocumentAsync($"/jobs/edit?id={id}");
        Assert.Equal("50000", edit.QuerySelector("#Input_SalaryMin")?.GetAttribute("value"));
        var response = await client.SubmitAsync(edit.Form("#job-form"), new() { ["Input.Title"] = "Staff Engineer", ["Input.SalaryMin"] = "lots" });
        var again = await HtmlClient.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(again.QuerySelector("[data-valmsg-for='Input.SalaryMin']")?.TextContent));

        await client.SubmitAsync(edit.Form("#job-form"), new() { ["Input.Title"] = "Staff Engineer" });
        var details = await client.GetDocumentAsync($"/jobs/{id}");
        Assert.Equal("Staff Engineer", details.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("50,000", details.QuerySelector(".job-facts")?.TextContent);
    }

    [Fact]
    public async Task Changing_status_inline_returns_the_row_and_a_refusal_says_why()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer" });
        var page = await client.GetDocumentAsync("/jobs");

        var response = await client.HtmxPostAsync($"/jobs?handler=Status&id={id}", page.AntiforgeryToken(), new() { ["status"] = "applied" });
        Assert.Contains("HX-Request", response.Headers.Vary);
        var row = await HtmlClient.ParseFragmentAsync($"<table>{await response.Content.ReadAsStringAsync()}</table>");
        Assert.Equal($"job-{id}", row.QuerySelector("tr")?.Id);
        Assert.Equal("applied", row.QuerySelector("select option[selected]")?.GetAttribute("value"));

        var refused = await client.HtmxPostAsync($"/jobs?handler=Status&id={id}", page.AntiforgeryToken(), new() { ["status"] = "not_applied" });
        var refusedRow = await HtmlClient.ParseFragmentAsync($"<table>{await refused.Content.ReadAsStringAsync()}</table>");
        Assert.Contains("withdrawn", refusedRow.QuerySelector("[role=alert]")?.TextContent);
        Assert.Equal("applied", refusedRow.QuerySelector("select option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Deleting_over_htmx_removes_the_job_and_asks_the_list_to_refresh()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer" });
        var page = await client.GetDocumentAsync("/jobs");
        Assert.NotNull(page.QuerySelector($"#job-{id} [hx-confirm]"));

        var response = await client.HtmxPostAsync($"/jobs?handler=Delete&id={id}", page.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("jobs-changed", response.Headers.GetValues("HX-Trigger").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jobs/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_job_page_shows_every_field_and_tracks_the_application_with_a_timeline()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, new()
        {
            ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.Location"] = "Berlin", ["Input.Remote"] = "hybrid",
            ["Input.EmploymentType"] = "contract", ["Input.ExperienceLevel"] = "senior", ["Input.TechStack"] = "C#, Azure",
            ["Input.Url"] = "https://jobs.example.test/1", ["Input.SalaryMin"] = "70000", ["Input.SalaryMax"] = "90000",
            ["Input.SalaryCurrency"] = "eur", ["Input.SalaryPeriod"] = "year", ["Input.Description"] = "Build things", ["Input.Notes"] = "Ask about on-call",
        });
        var details = await client.GetDocumentAsync($"/jobs/{id}");
        var facts = details.QuerySelector(".job-facts")!.TextContent;
        foreach (var expected in new[] { "Berlin", "Hybrid", "Contract", "Senior", "C#", "Azure", "70,000–90,000 EUR per year" })
            Assert.Contains(expected, facts);
        Assert.Contains("Build things", details.QuerySelector("#job-fields")?.TextContent);
        Assert.Contains("Ask about on-call", details.QuerySelector("#job-fields")?.TextContent);

        var track = await client.HtmxPostAsync($"/jobs/{id}?handler=Track", details.AntiforgeryToken());
        var card = await HtmlClient.ParseFragmentAsync(await track.Content.ReadAsStringAsync());
        Assert.Equal(["Applied"], card.QuerySelectorAll(".timeline-item .status-badge").Select(b => b.TextContent));

        var move = await client.HtmxPostAsync($"/jobs/{id}?handler=Move&status=interview", details.AntiforgeryToken());
        card = await HtmlClient.ParseFragmentAsync(await move.Content.ReadAsStringAsync());
        Assert.Equal(["Interview", "Applied"], card.QuerySelectorAll(".timeline-item .status-badge").Select(b => b.TextContent));

        var refused = await client.HtmxPostAsync($"/jobs/{id}?handler=Move&status=accepted", details.AntiforgeryToken());
        card = await HtmlClient.ParseFragmentAsync(await refused.Content.ReadAsStringAsync());
        Assert.Contains("offer", card.QuerySelector("[role=alert]")?.TextContent);

        var reloaded = await client.GetDocumentAsync($"/jobs/{id}");
        Assert.Equal("Interview", reloaded.QuerySelector("#job-fields .status-badge")?.TextContent);

        var cardAlone = await client.HtmxGetAsync($"/jobs/{id}?handler=Application");
        Assert.Contains("HX-Request", cardAlone.Headers.Vary);
        var cardHtml = await cardAlone.Content.ReadAsStringAsync();
        Assert.StartsWith("<section id=\"application-card\"", cardHtml.Trim());
        var fieldsAlone = await client.HtmxGetAsync($"/jobs/{id}?handler=Fields");
        Assert.StartsWith("<section id=\"job-fields\"", (await fieldsAlone.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task Text_with_markup_is_shown_as_text()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, new() { ["Input.Company"] = "<script>alert('x')</script>", ["Input.Title"] = "<img src=x onerror=alert(1)>", ["Input.Notes"] = "<b hx-get=\"/x\">bold</b>" });

        foreach (var url in new[] { "/jobs", $"/jobs/{id}", "/" })
        {
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b hx-get", html);
            Assert.Contains("&lt;script&gt;", html);
        }
    }

    private static async Task<string[]> CompaniesAsync(string html)
    {
        var fragment = await HtmlClient.ParseFragmentAsync(html);
        return fragment.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToArray();
    }

    [Fact]
    public async Task The_source_filter_offers_only_the_sources_among_the_users_jobs()
    {
        var client = await app.SignedInAsync();
        Assert.Equal([""], (await client.GetDocumentAsync("/jobs")).QuerySelectorAll("#source option").Select(o => o.GetAttribute("value")));

        var form = await client.GetDocumentAsync("/jobs/edit");
        await client.SubmitAsync(form.Form("#job-form"), new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer" });
        Assert.Equal(["", "manual"], (await client.GetDocumentAsync("/jobs")).QuerySelectorAll("#source option").Select(o => o.GetAttribute("value")));

        // A bookmarked filter still shows what it asks for.
        var asked = await client.GetDocumentAsync("/jobs?source=scraped");
        Assert.Equal(["", "manual", "scraped"], asked.QuerySelectorAll("#source option").Select(o => o.GetAttribute("value")));
        Assert.True(asked.QuerySelector("#source option[value=scraped]")?.HasAttribute("selected"));
    }

    [Fact]
    public async Task The_table_shows_deadlines_and_sorts_by_them_soonest_first_with_undated_jobs_last()
    {
        var client = await app.SignedInAsync();
        await AddJobAsync(client, new() { ["Input.Company"] = "Later Ltd", ["Input.Title"] = "Dev", ["Input.Deadline"] = "2026-12-20" });
        await AddJobAsync(client, new() { ["Input.Company"] = "Undated Inc", ["Input.Title"] = "Dev" });
        await AddJobAsync(client, new() { ["Input.Company"] = "Soon GmbH", ["Input.Title"] = "Dev", ["Input.Deadline"] = "2026-12-01" });

        var soonest = await (await client.HtmxGetAsync("/jobs?handler=List&sort=deadline")).Content.ReadAsStringAsync();
        var latest = await (await client.HtmxGetAsync("/jobs?handler=List&sort=deadline_desc")).Content.ReadAsStringAsync();

        Assert.Equal(["Soon GmbH", "Later Ltd", "Undated Inc"], await CompaniesAsync(soonest));
        Assert.Equal(["Later Ltd", "Soon GmbH", "Undated Inc"], await CompaniesAsync(latest));
        var cells = (await HtmlClient.ParseFragmentAsync(soonest)).QuerySelectorAll("tbody td.deadline").Select(td => td.TextContent.Trim());
        Assert.Equal(["1 Dec 2026", "20 Dec 2026", ""], cells);
    }
}
