using System.Globalization;
using System.Net;
using CareerCopilot.Tests.Infrastructure;

namespace CareerCopilot.Tests.Pages;

/// <summary>The job page as a tracker: the deadline, the applied date, notes and contacts, through its real forms.</summary>
public sealed class JobTrackerPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> AddJobAsync(HttpClient client, Dictionary<string, string> values)
    {
        var form = await client.GetDocumentAsync("/jobs/edit");
        var response = await client.SubmitAsync(form.Form("#job-form"), values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_job_form_keeps_a_deadline_and_refuses_one_no_one_can_mean_beside_the_field()
    {
        var client = await app.SignedInAsync();
        var id = await AddJobAsync(client, new() { ["Input.Company"] = "Contoso", ["Input.Title"] = "Engineer", ["Input.Deadline"] = "2026-12-15" });

        var details = await client.GetDocumentAsync($"/jobs/{id}");
        Assert.Contains("15 Dec 2026", details.QuerySelector(".job-facts")?.TextContent);
        var edit = await client.GetDocumentAsync($"/jobs/edit?id={id}");
        Assert.Equal("2026-12-15", edit.QuerySelector("#Input_Deadline")?.GetAttribute("value"));

        var refused = await HtmlClient.ParseAsync(await client.SubmitAsync(edit.Form("#job-form"), new() { ["Input.Deadline"] = "0226-12-15" }));
        Assert.Contains("between", refused.QuerySelector("[data-valmsg-for='Input.Deadline']")?.TextContent);
        Assert.Contains("15 Dec 2026", (await client.GetDocumentAsync($"/jobs/{id}")).QuerySelector(".job-facts")?.TextContent);
    }

    private static async Task<(int Id, AngleSharp.Html.Dom.IHtmlDocument Page)> TrackedJobAsync(HttpClient client, string company = "Contoso")
    {
        var id = await AddJobAsync(client, new() { ["Input.Company"] = company, ["Input.Title"] = "Engineer", ["Input.Status"] = "applied" });
        return (id, await client.GetDocumentAsync($"/jobs/{id}"));
    }

    [Fact]
    public async Task The_applied_date_is_corrected_on_the_application_card_and_the_job_follows()
    {
        var client = await app.SignedInAsync();
        var (id, page) = await TrackedJobAsync(client);
        Assert.Equal("2026-11-26", page.QuerySelector("#applied-at")?.GetAttribute("value"));
        Assert.Equal("2026-11-26", page.QuerySelector("#applied-at")?.GetAttribute("max"));

        var saved = await client.SubmitAsync(page.Form(".applied-form"), new() { ["appliedAt"] = "2026-11-20" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await client.GetDocumentAsync($"/jobs/{id}");
        Assert.Equal("2026-11-20", page.QuerySelector("#applied-at")?.GetAttribute("value"));
        Assert.Contains("20 Nov 2026", page.QuerySelector(".job-facts")?.TextContent);

        var refused = await HtmlClient.ParseAsync(await client.SubmitAsync(page.Form(".applied-form"), new() { ["appliedAt"] = "2026-12-01" }));
        Assert.Equal("The applied date cannot be after today.", refused.QuerySelector("#applied-at-error")?.TextContent.Trim());
        Assert.Equal("true", refused.QuerySelector("#applied-at")?.GetAttribute("aria-invalid"));
        Assert.Contains("20 Nov 2026", (await client.GetDocumentAsync($"/jobs/{id}")).QuerySelector(".job-facts")?.TextContent);
    }

    [Fact]
    public async Task Notes_join_the_status_history_in_one_timeline_and_can_be_deleted()
    {
        var client = await app.SignedInAsync();
        var (id, page) = await TrackedJobAsync(client);

        var added = await client.SubmitAsync(page.Form(".note-form"), new() { ["Note.Kind"] = "call", ["Note.OccurredOn"] = "2026-11-27", ["Note.Text"] = "Called Sam about the second round" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        page = await client.GetDocumentAsync($"/jobs/{id}");
        await client.SubmitAsync(page.Form(".note-form"), new() { ["Note.Kind"] = "email", ["Note.OccurredOn"] = "2026-11-01", ["Note.Text"] = "Sent the portfolio" });
        page = await client.GetDocumentAsync($"/jobs/{id}");

        // Newest first: the call planned for tomorrow, today's move to applied, the email of early November.
        var items = page.QuerySelectorAll("#application-card .timeline-item").Select(li => li.QuerySelector(".note-kind, .status-badge")!.TextContent).ToArray();
        Assert.Equal(["Call", "Applied", "Email"], items);
        Assert.Contains("Called Sam", page.QuerySelector("#application-card .timeline-note .note-text")?.TextContent);

        var empty = await client.HtmxPostAsync($"/jobs/{id}?handler=Note", page.AntiforgeryToken(), new() { ["Note.Kind"] = "gossip", ["Note.Text"] = " " });
        var card = await HtmlClient.ParseFragmentAsync(await empty.Content.ReadAsStringAsync());
        Assert.Equal("Text is required.", card.QuerySelector("#note-text-error")?.TextContent.Trim());
        Assert.Contains("Kind must be one of", card.QuerySelector(".note-form .invalid-feedback")?.TextContent);

        var delete = page.QuerySelector("#application-card .timeline-note form")!.GetAttribute("action")!;
        var deleted = await client.HtmxPostAsync(delete, page.AntiforgeryToken());
        card = await HtmlClient.ParseFragmentAsync(await deleted.Content.ReadAsStringAsync());
        Assert.Equal(["Sent the portfolio"], card.QuerySelectorAll(".note-text").Select(n => n.TextContent));
    }

    [Fact]
    public async Task Contacts_are_added_edited_linked_to_a_second_job_and_removed_from_one()
    {
        var client = await app.SignedInAsync();
        var (first, page) = await TrackedJobAsync(client, "Contoso");
        var (second, _) = await TrackedJobAsync(client, "Fabrikam");

        var refused = await HtmlClient.ParseAsync(await client.SubmitAsync(page.Form("#contact-add-form"),
            new() { ["Contact.Name"] = "", ["Contact.Email"] = "sam-at-example" }));
        Assert.Equal("Name is required.", refused.QuerySelector("#new-contact-name-error")?.TextContent.Trim());
        Assert.Contains("Email must be", refused.QuerySelector("#new-contact-email-error")?.TextContent);
        Assert.Equal("sam-at-example", refused.QuerySelector("#new-contact-email")?.GetAttribute("value"));

        await client.SubmitAsync(page.Form("#contact-add-form"), new()
        {
            ["Contact.Name"] = "Sam Lee", ["Contact.Role"] = "Recruiter", ["Contact.Email"] = "sam@example.test", ["Contact.Phone"] = "+49 30 1234567",
            ["Contact.Link"] = "https://www.example.test/in/sam",
        });
        page = await client.GetDocumentAsync($"/jobs/{first}");
        var contact = page.QuerySelector("#contacts-card .contact")!;
        Assert.Equal("Sam Lee", contact.QuerySelector(".contact-name")?.TextContent);
        Assert.NotNull(contact.QuerySelector("a[href='mailto:sam@example.test']"));
        Assert.NotNull(contact.QuerySelector("a[href='tel:+49 30 1234567']"));

        await client.SubmitAsync(page.Form("#contacts-card .contact-edit form"), new() { ["Contact.Role"] = "Talent partner" });
        var secondPage = await client.GetDocumentAsync($"/jobs/{second}");
        Assert.Equal("Sam Lee (Talent partner)", secondPage.QuerySelector("#link-contact option")?.TextContent);
        await client.SubmitAsync(secondPage.Form(".link-contact"), []);
        secondPage = await client.GetDocumentAsync($"/jobs/{second}");
        Assert.Equal(["Sam Lee"], secondPage.QuerySelectorAll("#contacts-card .contact-name").Select(n => n.TextContent));
        Assert.Contains("Also on 1 other job", secondPage.QuerySelector("#contacts-card")?.TextContent);

        var unlink = secondPage.QuerySelector("#contacts-card .contact form:not(.mt-2)")!;
        var removed = await client.HtmxPostAsync(unlink.GetAttribute("action")!, secondPage.AntiforgeryToken());
        Assert.Empty((await HtmlClient.ParseFragmentAsync(await removed.Content.ReadAsStringAsync())).QuerySelectorAll(".contact"));
        Assert.Equal(["Sam Lee"], (await client.GetDocumentAsync($"/jobs/{first}")).QuerySelectorAll("#contacts-card .contact-name").Select(n => n.TextContent));
    }

    [Fact]
    public async Task Another_users_contact_cannot_be_linked_or_edited()
    {
        var owner = await app.SignedInAsync();
        var (ownerJob, ownerPage) = await TrackedJobAsync(owner);
        await owner.SubmitAsync(ownerPage.Form("#contact-add-form"), new() { ["Contact.Name"] = "Private Person" });
        var contactId = (await owner.GetDocumentAsync($"/jobs/{ownerJob}")).QuerySelector("#contacts-card .contact")!.Id!.Split('-')[1];

        var other = await app.SignedInAsync();
        var (otherJob, otherPage) = await TrackedJobAsync(other);
        var link = await other.HtmxPostAsync($"/jobs/{otherJob}?handler=LinkContact&contactId={contactId}", otherPage.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
        var edit = await other.HtmxPostAsync($"/jobs/{otherJob}?handler=EditContact&contactId={contactId}", otherPage.AntiforgeryToken(), new() { ["Contact.Name"] = "Mine now" });
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Contains("Private Person", (await owner.GetDocumentAsync($"/jobs/{ownerJob}")).QuerySelector("#contacts-card")?.TextContent);
    }
}
