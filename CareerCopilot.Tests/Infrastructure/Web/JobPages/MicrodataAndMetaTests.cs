using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Infrastructure.Web.JobPages;

namespace CareerCopilot.Tests.Infrastructure.Web.JobPages;

public sealed class MicrodataAndMetaTests
{
    private static async Task<CareerCopilot.Web.Domain.Capture.FoundJob?> ReadAsync(string fixture) =>
        await PageFixtures.Reader().ReadAsync(PageFixtures.Url(fixture), PageFixtures.Html(fixture), CancellationToken.None);

    [Fact]
    public async Task Microdata_with_nested_items_reads_like_its_json_ld_would()
    {
        var job = await ReadAsync("microdata-nested.html");
        Assert.Equal("microdata", job!.Via);
        Assert.Equal(("Mobile Engineer (Android)", "Prestige Worldwide", "Lisbon, Portugal"), (job.Title, job.Company, job.Location));
        Assert.Equal(EmploymentType.FullTime, job.EmploymentType);
        Assert.Contains("Kotlin and Jetpack Compose.", job.DescriptionText);
    }

    [Fact]
    public async Task Microdata_with_plain_text_values_reads_its_pay_from_the_text()
    {
        var job = await ReadAsync("microdata-flat.html");
        Assert.Equal(("Warehouse Team Lead", "Sterling Cooper Logistics", "Leeds, United Kingdom"), (job!.Title, job.Company, job.Location));
        Assert.Equal((32000m, 36000m, "GBP"), (job.Salary!.Min, job.Salary.Max, job.Salary.Currency));
    }

    [Theory]
    [InlineData("Product Designer at Northwind Traders", null, "Product Designer", "Northwind Traders", null)]
    [InlineData("Umbrella hiring Site Reliability Engineer in Amsterdam, Netherlands | LinkedIn", "LinkedIn", "Site Reliability Engineer", "Umbrella", "Amsterdam, Netherlands")]
    [InlineData("Registered Nurse - St. Elsewhere Hospital - Boston, MA | Indeed.com", null, "Registered Nurse", "St. Elsewhere Hospital", "Boston, MA")]
    [InlineData("Contoso - Data Analyst", null, "Data Analyst", "Contoso", null)]
    [InlineData("Data Analyst | Contoso", null, "Data Analyst", "Contoso", null)]
    public void A_page_title_splits_into_job_company_and_place(string text, string? site, string title, string company, string? place)
    {
        var split = MetaExtractor.Split(text, site);
        Assert.Equal((title, company, place), (split!.Value.Title, split.Value.Company, split.Value.Location));
    }

    [Fact]
    public async Task A_page_with_no_structured_data_reads_from_its_headings_and_labelled_elements()
    {
        var job = await ReadAsync("none-plain.html");
        Assert.Equal("page", job!.Via);
        Assert.Equal(("Bookkeeper (Part-time)", "Fawlty Towers Hotel", "Torquay, United Kingdom"), (job.Title, job.Company, job.Location));
        Assert.Contains("Keep the books in Xero.", job.DescriptionText);
    }

    [Fact]
    public async Task A_page_that_names_no_job_reads_as_nothing()
    {
        var job = await PageFixtures.Reader().ReadAsync(new Uri("http://192.0.2.1/"), "<html><head></head><body><p>Hello</p></body></html>", CancellationToken.None);
        Assert.Null(job);
    }
}
