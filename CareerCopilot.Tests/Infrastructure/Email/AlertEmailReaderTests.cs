using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Infrastructure.Email;

namespace CareerCopilot.Tests.Infrastructure.Email;

public sealed class AlertEmailReaderTests
{
    private static async Task<IReadOnlyList<EmailJobLink>> ReadAsync(string fixture)
    {
        await using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Emails", fixture));
        return await new AlertEmailReader().ReadAsync(file, CancellationToken.None);
    }

    [Fact]
    public async Task A_linkedin_alert_gives_each_job_once_with_its_title_and_company_and_no_tracking()
    {
        var links = await ReadAsync("linkedin-alert.eml");
        Assert.Equal(
        [
            new EmailJobLink("https://www.linkedin.com/jobs/view/4012345678/", "Senior Backend Engineer", "Acme Corp"),
            new EmailJobLink("https://www.linkedin.com/jobs/view/4012345679/", "Backend Developer (Go)", "Massive Dynamic"),
            new EmailJobLink("https://www.linkedin.com/jobs/view/4012345680/", "Staff Software Engineer, Platform", "Initech"),
        ], links);
    }

    [Fact]
    public async Task An_indeed_alert_gives_its_jobs_and_drops_search_unsubscribe_privacy_and_pixel_links()
    {
        var links = await ReadAsync("indeed-alert.eml");
        Assert.Equal(["Data Analyst", "Junior Data Analyst", "Senior Insights Analyst"], links.Select(l => l.Title));
        Assert.Equal(["Contoso Retail", "Globex UK", "Northwind Traders"], links.Select(l => l.Company));
        Assert.Equal("https://uk.indeed.com/viewjob?jk=a1b2c3d4e5f60718", links[0].Url);
    }

    [Fact]
    public async Task A_glassdoor_alert_reads_the_company_named_above_the_title()
    {
        var links = await ReadAsync("glassdoor-alert.eml");
        Assert.Equal([("Registered Nurse", "St. Elsewhere Hospital"), ("ICU Nurse - Nights", "Mercy General")],
            links.Select(l => (l.Title!, l.Company!)));
        Assert.All(links, l => Assert.Contains("jobListingId=", l.Url));
    }

    [Fact]
    public async Task A_plain_text_email_gives_job_looking_links_with_the_line_above_as_title_and_company()
    {
        var links = await ReadAsync("plain-forwarded.eml");
        Assert.Equal(2, links.Count);
        Assert.Equal(("Platform Engineer", "Soylent"), (links[0].Title, links[0].Company));
        Assert.Equal(("Mobile Engineer (Android)", "Prestige Worldwide"), (links[1].Title, links[1].Company));
    }

    [Fact]
    public async Task A_file_that_is_no_email_is_refused_with_a_message()
    {
        await using var junk = new MemoryStream([0x4D, 0x5A, 0x90, 0x00, 0x03]);
        var refusal = await Record.ExceptionAsync(() => new AlertEmailReader().ReadAsync(junk, CancellationToken.None));
        Assert.IsType<UnreadableEmailException>(refusal);
    }
}
