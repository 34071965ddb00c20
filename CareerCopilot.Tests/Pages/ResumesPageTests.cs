using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

public sealed class ResumesPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<(int Id, AngleSharp.Html.Dom.IHtmlDocument List)> UploadAsync(HttpClient client, byte[] file, string fileName, string label = "")
    {
        var page = await client.GetDocumentAsync("/resumes");
        var response = await client.SubmitFileAsync(page.Form("#resume-form"), "Input.File", file, fileName, new() { ["Input.Label"] = label });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetDocumentAsync("/resumes");
        var id = int.Parse(list.QuerySelector("#resume-list .resume-row")!.Id!["resume-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        return (id, list);
    }

    [Fact]
    public async Task A_resume_uploaded_through_the_form_is_listed_and_its_row_follows_the_parse_until_done()
    {
        var client = await app.SignedInAsync();
        var empty = await client.GetDocumentAsync("/resumes");
        // Resumes are read into the profile, so the bar shows them under Profile.
        Assert.Contains("Profile", empty.QuerySelector(".app-nav .nav-link.active")?.TextContent);
        Assert.Contains("No resumes yet", empty.QuerySelector("#resume-list")?.TextContent);

        var (id, list) = await UploadAsync(client, ResumeUploads.Text(), "ana.txt", "Backend 2026");
        Assert.Contains("“Backend 2026” is uploaded", list.QuerySelector("#flash-area")?.TextContent);
        var row = list.QuerySelector($"#resume-{id}")!;
        Assert.Equal("Backend 2026", row.QuerySelector("h3 a")?.TextContent);
        Assert.Contains("ana.txt", row.QuerySelector(".resume-file")?.TextContent);
        Assert.Equal("Waiting to be read", row.QuerySelector(".resume-status")?.TextContent);
        Assert.Equal("every 1s", row.GetAttribute("hx-trigger"));
        Assert.Equal($"/resumes?id={id}&handler=Row", row.GetAttribute("hx-get"));

        await app.ParseAsync(id);
        var polled = await HtmlClient.ParseFragmentAsync(await (await client.HtmxGetAsync($"/resumes?id={id}&handler=Row")).Content.ReadAsStringAsync());
        var done = polled.QuerySelector($"#resume-{id}")!;
        Assert.Equal("Read", done.QuerySelector(".resume-status")?.TextContent);
        Assert.Null(done.GetAttribute("hx-trigger"));
    }

    [Fact]
    public async Task Over_htmx_an_upload_answers_with_the_list_and_an_empty_form()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/resumes");
        var response = await client.SubmitFileAsync(page.Form("#resume-form"), "Input.File", ResumeUploads.Text(), "cv.md", htmx: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var part = await HtmlClient.ParseFragmentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("cv", part.QuerySelector("#resume-list .resume-row h3")?.TextContent);
        Assert.Contains("is uploaded", part.QuerySelector("#resume-form .alert-success")?.TextContent);
        Assert.Contains("show-message", string.Join(",", response.Headers.GetValues("HX-Trigger")));
    }

    [Fact]
    public async Task A_file_that_is_not_a_resume_or_a_missing_file_is_explained_beside_the_file_field()
    {
        var client = await app.SignedInAsync();
        var page = await client.GetDocumentAsync("/resumes");
        var response = await client.SubmitFileAsync(page.Form("#resume-form"), "Input.File", ResumeUploads.Executable(), "resume.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await HtmlClient.ParseAsync(response);
        Assert.Contains("PDF, DOCX, DOC, TXT or Markdown", refused.QuerySelector("[data-valmsg-for='Input.File']")?.TextContent);

        var noFile = await client.SubmitAsync(page.Form("#resume-form"), new() { ["Input.Label"] = "x" });
        Assert.Contains("Choose a resume file", (await HtmlClient.ParseAsync(noFile)).QuerySelector("[data-valmsg-for='Input.File']")?.TextContent);

        var longLabel = await client.SubmitFileAsync(page.Form("#resume-form"), "Input.File", ResumeUploads.Text(), "a.txt", new() { ["Input.Label"] = new string('x', 101) });
        Assert.Contains("at most 100", (await HtmlClient.ParseAsync(longLabel)).QuerySelector("[data-valmsg-for='Input.Label']")?.TextContent);
        Assert.Contains("No resumes yet", (await client.GetDocumentAsync("/resumes")).QuerySelector("#resume-list")?.TextContent);
    }

    [Fact]
    public async Task A_resume_page_shows_what_was_read_encoded_and_its_suggestions_accepted_and_rejected_by_plain_forms()
    {
        var client = await app.SignedInAsync();
        var (id, _) = await UploadAsync(client, ResumeUploads.Text("""
            Ana Diaz
            ana@example.test

            Experience
            <img src=x onerror=alert(1)> Engineer, Contoso, 2019-03 to present

            Skills
            C#, PostgreSQL
            """), "ana.txt", "<script>alert(1)</script>");
        await app.ParseAsync(id);

        var page = await client.GetDocumentAsync($"/resumes/{id}");
        Assert.Null(page.QuerySelector("main script, main img"));
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Ana Diaz", page.QuerySelector(".resume-facts")?.TextContent);
        Assert.Contains("ana@example.test", page.QuerySelector(".resume-facts")?.TextContent);
        Assert.Contains("Engineer", page.QuerySelector(".resume-roles")?.TextContent);
        var level = page.QuerySelector(".suggestion[data-field=experience_level]")!;
        Assert.Equal("(not set)", level.QuerySelector("del")?.TextContent);
        Assert.Equal("Senior", level.QuerySelector("ins")?.TextContent);
        var name = page.QuerySelector(".suggestion[data-field=full_name]")!;
        Assert.Equal(("Test Person", "Ana Diaz"), (name.QuerySelector("del")?.TextContent, name.QuerySelector("ins")?.TextContent));
        var skills = page.QuerySelector(".suggestion[data-field=skills]")!;
        Assert.Equal(["C#", "PostgreSQL"], skills.QuerySelectorAll("ins").Select(i => i.TextContent));

        var accepted = await client.SubmitAsync(page.Form(".suggestion[data-field=skills] form[action*=Accept]"), []);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var after = await client.GetDocumentAsync($"/resumes/{id}");
        Assert.Contains("Skills: your profile is updated.", after.QuerySelector("#flash-area")?.TextContent);
        Assert.Null(after.QuerySelector(".suggestion[data-field=skills]"));
        var profile = await client.GetDocumentAsync("/profile");
        Assert.Contains("C#", profile.QuerySelector("#Input_Skills")?.GetAttribute("value"));

        var rejected = await client.HtmxPostAsync($"/resumes/{id}?handler=Reject", after.AntiforgeryToken(), new() { ["field"] = "experience_level" });
        var part = await HtmlClient.ParseFragmentAsync(await rejected.Content.ReadAsStringAsync());
        Assert.NotNull(part.QuerySelector("#resume-read"));
        Assert.Null(part.QuerySelector(".suggestion[data-field=experience_level]"));
        Assert.Null((await client.GetDocumentAsync($"/resumes/{id}")).QuerySelector(".suggestion[data-field=experience_level]"));
        Assert.DoesNotContain("Senior", (await client.GetDocumentAsync("/profile")).QuerySelector("#Input_ExperienceLevel option[selected]")?.TextContent ?? "");
    }

    [Fact]
    public async Task A_resume_with_no_text_says_so_in_words_and_a_queued_one_polls_its_part()
    {
        var client = await app.SignedInAsync();
        var (queuedId, _) = await UploadAsync(client, ResumeUploads.Text(), "queued.txt");
        var queued = await client.GetDocumentAsync($"/resumes/{queuedId}");
        Assert.Equal("every 1s", queued.QuerySelector("#resume-read")?.GetAttribute("hx-trigger"));

        var (id, _) = await UploadAsync(client, ResumeUploads.Text("  \n "), "blank.txt");
        await app.ParseAsync(id);
        var page = await client.GetDocumentAsync($"/resumes/{id}");
        Assert.Null(page.QuerySelector("#resume-read")?.GetAttribute("hx-trigger"));
        Assert.Equal("This looks like a scan or an empty file: no text could be read.", page.QuerySelector(".resume-error")?.TextContent);
    }

    [Fact]
    public async Task The_download_is_an_attachment_and_another_user_cannot_open_or_delete_the_resume()
    {
        var a = await app.SignedInAsync();
        var (id, _) = await UploadAsync(a, ResumeUploads.Text(), "Ana Díaz CV.txt");
        var download = await a.GetAsync($"/resumes/{id}?handler=File");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Ana Díaz CV.txt", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        var b = await app.SignedInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/resumes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/resumes/{id}?handler=File")).StatusCode);
        var bPage = await b.GetDocumentAsync("/resumes");
        Assert.Contains("No resumes yet", bPage.QuerySelector("#resume-list")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await b.HtmxPostAsync($"/resumes/{id}?handler=Delete", bPage.AntiforgeryToken())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/resumes/{id}")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_resume_from_its_page_removes_it_and_its_file()
    {
        var client = await app.SignedInAsync();
        var marker = Guid.NewGuid().ToString("N");
        var (id, _) = await UploadAsync(client, ResumeUploads.Text(marker), "gone.txt");
        var stored = Directory.GetFiles(app.UploadsFolder()).Single(f => File.ReadAllText(f) == marker);
        var page = await client.GetDocumentAsync($"/resumes/{id}");
        var response = await client.SubmitAsync(page.Form("form[action*=Delete]"), []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(File.Exists(stored));
        var list = await client.GetDocumentAsync("/resumes");
        Assert.Contains("is deleted", list.QuerySelector("#flash-area")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/resumes/{id}")).StatusCode);
    }
}
