using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.Web.JobPages;

public sealed class JsonLdExtractorTests
{
    private static async Task<CareerCopilot.Web.Domain.Capture.FoundJob> ReadAsync(string fixture) =>
        await PageFixtures.Reader().ReadAsync(PageFixtures.Url(fixture), PageFixtures.Html(fixture), CancellationToken.None)
        ?? throw new Xunit.Sdk.XunitException($"{fixture}: no job read");

    [Fact]
    public async Task The_reference_example_reads_into_every_field()
    {
        var job = await ReadAsync("jsonld-basic.html");
        Assert.Equal("json-ld", job.Via);
        Assert.Equal("Senior Backend Engineer", job.Title);
        Assert.Equal("Acme Corp", job.Company);
        Assert.Equal("Berlin, Germany", job.Location);
        Assert.Equal(EmploymentType.FullTime, job.EmploymentType);
        Assert.Equal(70000m, job.Salary?.Min);
        Assert.Equal(90000m, job.Salary?.Max);
        Assert.Equal("EUR", job.Salary?.Currency);
        Assert.Equal(SalaryPeriod.Year, job.Salary?.Period);
        Assert.Equal(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), job.PostedAt);
        Assert.Equal(new DateOnly(2026, 4, 30), job.ValidThrough);
        Assert.Contains("- 5+ years .NET", job.DescriptionText);
    }

    [Theory]
    [InlineData("jsonld-several-blocks.html", "Data Engineer", "Globex Corporation")]
    [InlineData("jsonld-array-top.html", "Frontend Developer (React)", "Initech")]
    [InlineData("jsonld-graph.html", "Machine Learning Engineer", "Hooli")]
    [InlineData("jsonld-mainentity.html", "Site Reliability Engineer", "Vandelay Industries")]
    [InlineData("jsonld-itemlist.html", "QA Automation Engineer", "Stark Industries")]
    [InlineData("jsonld-type-array.html", "iOS Developer", "Pied Piper")]
    [InlineData("jsonld-type-prefixed.html", "Platform Engineer", "Soylent")]
    [InlineData("jsonld-type-url.html", "Product Manager, Payments", "Wonka Fintech")]
    [InlineData("jsonld-malformed.html", "Backend Developer (Go)", "Massive Dynamic")]
    [InlineData("jsonld-cdata.html", "Embedded Software Engineer", "Tyrell Corporation")]
    [InlineData("jsonld-comment-wrapper.html", "Technical Writer", "Oceanic Airlines")]
    public async Task A_posting_is_found_wherever_and_however_the_page_writes_it(string fixture, string title, string company)
    {
        var job = await ReadAsync(fixture);
        Assert.Equal("json-ld", job.Via);
        Assert.Equal((title, company), (job.Title, job.Company));
    }

    [Theory]
    [InlineData("jsonld-escaped-once.html", "Run CI/CD on GitHub Actions and Kubernetes.")]
    [InlineData("jsonld-escaped-twice.html", "Threat modelling, OWASP and Python tooling.")]
    public async Task An_escaped_description_is_decoded_until_it_is_text(string fixture, string firstLine)
    {
        var job = await ReadAsync(fixture);
        Assert.Equal(firstLine, job.DescriptionText!.Split('\n')[0]);
        Assert.DoesNotContain("&lt;", job.DescriptionText);
        Assert.DoesNotContain("<p>", job.DescriptionText);
    }

    [Fact]
    public async Task A_raw_line_break_inside_a_string_is_kept_as_text()
    {
        var job = await ReadAsync("jsonld-malformed.html");
        Assert.Contains("Second line written raw.", job.DescriptionText);
        Assert.Equal(EmploymentType.Contract, job.EmploymentType);
    }

    [Fact]
    public async Task Pay_written_as_text_with_thousands_separators_reads_as_numbers()
    {
        var poly = await ReadAsync("jsonld-polymorphic.html");
        Assert.Equal((95000m, 120000m, "USD"), (poly.Salary!.Min, poly.Salary.Max, poly.Salary.Currency));
        Assert.Equal("Newport Beach, California", poly.Location);
        Assert.Equal(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc), poly.PostedAt);

        var remote = await ReadAsync("jsonld-remote.html");
        Assert.Equal(65000m, remote.Salary!.Min);
        var list = await ReadAsync("jsonld-location-array.html");
        Assert.Equal(55000m, list.Salary!.Min);
    }

    [Fact]
    public async Task Several_places_are_all_kept_and_a_country_object_reads_by_its_name_or_code()
    {
        var job = await ReadAsync("jsonld-location-array.html");
        Assert.Equal("Scranton, PA, United States; Nashua, NH, United States", job.Location);
        Assert.Equal(EmploymentType.FullTime, job.EmploymentType);
        Assert.Equal("Palo Alto, CA, United States", (await ReadAsync("jsonld-graph.html")).Location);
        Assert.Equal(new DateTime(2026, 3, 5, 8, 0, 0, DateTimeKind.Utc), (await ReadAsync("jsonld-graph.html")).PostedAt);
    }

    [Fact]
    public async Task A_telecommute_job_is_remote_and_located_where_applicants_may_live()
    {
        var job = await ReadAsync("jsonld-remote.html");
        Assert.Equal(RemoteMode.Remote, job.Remote);
        Assert.Equal("Germany", job.Location);
    }

    [Fact]
    public async Task Invisible_characters_are_removed_from_everything_read()
    {
        var job = await ReadAsync("invisible-characters.html");
        Assert.Equal("Cloud Architect", job.Title);
        Assert.Equal("Acme Cloud", job.Company);
        Assert.Equal("Design AWS landing zones.", job.DescriptionText);
    }

    [Fact]
    public async Task A_block_that_is_not_json_even_leniently_is_skipped_and_the_next_one_read()
    {
        const string html = """
            <html><head><script type="application/ld+json">{ this is not json </script>
            <script type="application/ld+json">{"@type":"JobPosting","title":"Baker","hiringOrganization":"Crumbs Ltd"}</script></head><body></body></html>
            """;
        var job = await PageFixtures.Reader().ReadAsync(new Uri("https://crumbs.example/jobs/1"), html, CancellationToken.None);
        Assert.Equal(("Baker", "Crumbs Ltd"), (job!.Title, job.Company));
    }
}
