using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Pages;

public sealed class CsvImportPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Submits the upload form as a browser would: multipart, with the form's antiforgery field.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IHtmlDocument page, byte[] file, string name = "jobs.csv")
    {
        var form = page.Form("#csv-upload");
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>())
            content.Add(new StringContent(hidden.Value), hidden.Name!);
        content.Add(new ByteArrayContent(file), "file", name);
        return await client.PostAsync(new Uri(new Uri(form.BaseUri), form.GetAttribute("action")), content);
    }

    private static async Task<IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_teal_export_is_mapped_previewed_and_imported_with_bad_rows_and_duplicates_reported_by_line()
    {
        var client = await app.SignedInAsync();
        var csv = """
            Company;Job Position;Location;Status;Date Applied;Excitement;Job URL;Notes
            Contoso;Backend Engineer;Berlin;Applied;2026-11-02;5;https://jobs.contoso.test/1?utm_source=teal;=cmd|' /C calc'!A0
            Fabrikam;;Hamburg;Bookmarked;;3;https://fabrikam.test/2;
            Northwind;Data Engineer;Remote;Dreaming;soon;1;https://northwind.test/3;
            Contoso;Backend Engineer (again);Berlin;Applied;;;https://jobs.contoso.test/1;
            Tailspin;SRE;"Munich, Germany";Interviewing;11/20/2026;4;https://tailspin.test/4;"line one
            line two"
            """;
        var upload = await client.GetDocumentAsync("/jobs/import-csv");
        var map = await FollowAsync(client, await UploadAsync(client, upload, Encoding.UTF8.GetBytes(csv)));
        Assert.Contains("This looks like an export of Teal", map.QuerySelector(".csv-recognised")?.TextContent);
        Assert.Contains("5 rows read", map.QuerySelector("#csv-map")?.TextContent);
        Assert.Contains("semicolons", map.QuerySelector("#csv-map")?.TextContent);
        Assert.Equal("Title", ((IHtmlSelectElement)map.QuerySelector("#map-1")!).Value);
        Assert.Equal("Ignore", ((IHtmlSelectElement)map.QuerySelector("#map-5")!).Value);

        var preview = await HtmlClient.ParseAsync(await client.SubmitAsync(map.Form("#csv-map"), []));
        Assert.Contains("2 jobs ready to import.", preview.QuerySelector(".csv-summary")?.TextContent);
        var problems = preview.QuerySelectorAll(".csv-problems li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("Line 3: Title is missing.", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("Line 4: Unknown status “Dreaming”", problems[1], StringComparison.Ordinal);
        Assert.Contains("Date applied “soon” is not a date", problems[1], StringComparison.Ordinal);
        Assert.StartsWith("Line 5:", Assert.Single(preview.QuerySelectorAll(".csv-duplicates li")).TextContent, StringComparison.Ordinal);
        // Nothing is saved by looking.
        var before = Encoding.UTF8.GetString(await (await client.GetAsync("/jobs/import-csv?handler=Export")).Content.ReadAsByteArrayAsync());
        Assert.Single(before.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var done = await HtmlClient.ParseAsync(await client.SubmitAsync(preview.Form("#csv-import"), []));
        Assert.Equal("2 jobs imported", done.QuerySelector("#csv-done")?.TextContent.Trim());
        Assert.Equal(2, done.QuerySelectorAll(".csv-problems li").Length);

        var export = await client.GetAsync("/jobs/import-csv?handler=Export");
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFCompany,Title,", text, StringComparison.Ordinal);
        Assert.Contains("Contoso,Backend Engineer,Berlin,unknown,,,,https://jobs.contoso.test/1?utm_source=teal,,,,,,applied,2026-11-02,,'=cmd|' /C calc'!A0", text, StringComparison.Ordinal);
        Assert.Contains("Tailspin,SRE,\"Munich, Germany\",unknown,,,,https://tailspin.test/4,,,,,,interview,2026-11-20,,\"line one\r\nline two\"", text.Replace("\r\n", "\n").Replace("\n", "\r\n"), StringComparison.Ordinal);

        // The same file again: every job is already there, by its link.
        var again = await FollowAsync(client, await UploadAsync(client, await client.GetDocumentAsync("/jobs/import-csv"), Encoding.UTF8.GetBytes(csv)));
        var second = await HtmlClient.ParseAsync(await client.SubmitAsync(again.Form("#csv-map"), []));
        Assert.Contains("0 jobs ready to import.", second.QuerySelector(".csv-summary")?.TextContent);
        Assert.Equal(3, second.QuerySelectorAll(".csv-duplicates li").Length);
    }

    [Fact]
    public async Task Our_own_export_imported_into_another_account_round_trips()
    {
        var ana = await app.ApiAsync();
        await CreateJobAsync(ana, new { company = "=Evil Corp", title = "Engineer", location = "Berlin", url = "https://evil.test/1", status = "interview",
            date_applied = "2026-11-01", notes = "+1 referral", tech_stack = new[] { "C#", "Kubernetes" }, salary_min = 70000, salary_currency = "EUR", salary_period = "year", remote = "hybrid" });
        var exported = await ana.GetAsync("/api/v1/jobs/export.csv");
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal("attachment", exported.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("career-copilot-jobs-2026-11-26.csv", exported.Content.Headers.ContentDisposition?.FileNameStar ?? exported.Content.Headers.ContentDisposition?.FileName);
        var bytes = await exported.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Contains("'=Evil Corp", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

        var bo = await app.SignedInAsync();
        var map = await FollowAsync(bo, await UploadAsync(bo, await bo.GetDocumentAsync("/jobs/import-csv"), bytes));
        Assert.Contains("Career Co-Pilot", map.QuerySelector(".csv-recognised")?.TextContent);
        var preview = await HtmlClient.ParseAsync(await bo.SubmitAsync(map.Form("#csv-map"), []));
        var done = await HtmlClient.ParseAsync(await bo.SubmitAsync(preview.Form("#csv-import"), []));
        Assert.Equal("1 job imported", done.QuerySelector("#csv-done")?.TextContent.Trim());
        var boExport = Encoding.UTF8.GetString(await (await bo.GetAsync("/jobs/import-csv?handler=Export")).Content.ReadAsByteArrayAsync());
        var anaExport = Encoding.UTF8.GetString(bytes);
        // Everything but the source (the import is the user's own entry) comes back as it went out.
        Assert.Equal(anaExport.Split("\r\n")[1].Replace(",scraped,", ",manual,").Replace(",url,", ",manual,"), boExport.Split("\r\n")[1]);
    }

    [Fact]
    public async Task An_empty_file_a_missing_file_and_another_users_upload_are_refused_with_a_message()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/jobs/import-csv");
        var empty = await HtmlClient.ParseAsync(await UploadAsync(client, page, []));
        Assert.Contains("Choose a CSV file", empty.QuerySelector("[data-valmsg-for=file]")?.TextContent);
        var blank = await HtmlClient.ParseAsync(await UploadAsync(client, page, Encoding.UTF8.GetBytes("\n\n")));
        Assert.Contains("The file is empty", blank.QuerySelector("[data-valmsg-for=file]")?.TextContent);

        var map = await FollowAsync(client, await UploadAsync(client, page, Encoding.UTF8.GetBytes("Company,Title\nContoso,Engineer\n")));
        var upload = ((IHtmlInputElement)map.QuerySelector("input[name=Upload]")!).Value;
        var other = await app.SignedInAsync();
        var stolen = await other.GetDocumentAsync($"/jobs/import-csv?handler=Map&upload={upload}");
        Assert.Contains("no longer here", stolen.QuerySelector("[data-valmsg-for=file]")?.TextContent);
        var traversal = await other.GetDocumentAsync("/jobs/import-csv?handler=Map&upload=..%2F..%2Fapp.db");
        Assert.Contains("no longer here", traversal.QuerySelector("[data-valmsg-for=file]")?.TextContent);
    }

    [Fact]
    public async Task A_mapping_without_company_is_explained_on_the_mapping_step()
    {
        var client = await app.SignedInAsync();
        var map = await FollowAsync(client, await UploadAsync(client, await client.GetDocumentAsync("/jobs/import-csv"), Encoding.UTF8.GetBytes("Firma,Stelle\nContoso,Engineer\n")));
        Assert.Equal("Ignore", ((IHtmlSelectElement)map.QuerySelector("#map-0")!).Value);
        var refused = await HtmlClient.ParseAsync(await client.SubmitAsync(map.Form("#csv-map"), new() { ["Map[1]"] = "Title" }));
        Assert.Contains("Choose the column that holds the company.", refused.QuerySelector("#csv-map .alert-danger")?.TextContent);
        var preview = await HtmlClient.ParseAsync(await client.SubmitAsync(refused.Form("#csv-map"), new() { ["Map[0]"] = "Company", ["Map[1]"] = "Title" }));
        Assert.Contains("1 job ready to import.", preview.QuerySelector(".csv-summary")?.TextContent);
    }
}
