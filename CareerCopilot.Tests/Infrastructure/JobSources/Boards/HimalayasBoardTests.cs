using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class HimalayasBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/jobs/api?limit=20&offset=0", "himalayas/offset-0.json")
            .Serve("/jobs/api?limit=20&offset=2", "himalayas/offset-2.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_job_maps_with_millisecond_times_its_expiry_as_last_day_and_annual_pay_in_its_currency()
    {
        var postings = await boards.FetchAsync(BoardType.Himalayas, new BoardQuery());

        var engineer = postings.Single(p => p.ExternalId == "https://himalayas.app/companies/vault-tec/jobs/go-engineer");
        Assert.Equal("Go Engineer", engineer.Title);
        Assert.Equal("Vault-Tec", engineer.Company);
        Assert.Equal(["Germany", "Netherlands"], engineer.Locations.Select(l => l.Raw));
        Assert.Equal(RemoteMode.Remote, engineer.Remote);
        Assert.Equal(EmploymentType.FullTime, engineer.EmploymentType);
        Assert.Equal(new PostingSalary(90_000, 120_000, "EUR", SalaryPeriod.Year), engineer.Salary);
        Assert.Contains("<strong>Go</strong>", engineer.DescriptionHtml);
        Assert.DoesNotContain("<form", engineer.DescriptionHtml);
        Assert.DoesNotContain("<input", engineer.DescriptionHtml);
        Assert.Contains("- gRPC", engineer.DescriptionText);
        Assert.Equal("https://himalayas.app/companies/vault-tec/jobs/go-engineer", engineer.Url);
        Assert.Equal("https://himalayas.app/companies/vault-tec/jobs/go-engineer/apply", engineer.ApplyUrl);
        Assert.Equal(new DateTime(2025, 11, 29, 8, 0, 0, DateTimeKind.Utc), engineer.PostedAt);
        Assert.Equal(new DateOnly(2025, 12, 30), engineer.ValidThrough);
        Assert.Equal(["Go", "Backend", "Kubernetes"], engineer.Tags);
        Assert.Superset(new HashSet<string> { "Go", "Kubernetes", "gRPC" }, engineer.Skills.ToHashSet());
    }

    [Fact]
    public async Task Location_restrictions_given_as_objects_are_read_with_their_country_code()
    {
        var writer = (await boards.FetchAsync(BoardType.Himalayas, new BoardQuery()))
            .Single(p => p.ExternalId == "https://himalayas.app/companies/big-mt/jobs/technical-writer");

        Assert.Equal([new PostingLocation("United States", Country: "US"), new PostingLocation("Canada", Country: "CA")], writer.Locations);
        Assert.Equal(EmploymentType.Contract, writer.EmploymentType);
        Assert.Null(writer.Salary);
        Assert.Null(writer.ValidThrough);
        Assert.Equal("https://bigmt.example/careers/writer", writer.ApplyUrl);
    }

    [Fact]
    public async Task Pages_are_read_by_offset_until_the_total_whichever_name_it_has()
    {
        var postings = await boards.FetchAsync(BoardType.Himalayas, new BoardQuery(Query: "go", Location: "Germany"));

        Assert.Equal(3, postings.Count);
        Assert.Equal(["?limit=20&offset=0", "?limit=20&offset=2"], boards.Fake.Requests.Select(r => r.Query));
        Assert.All(boards.Fake.Requests, r => Assert.Equal("/jobs/api", r.Path));
    }

    [Fact]
    public async Task A_job_without_a_description_uses_its_excerpt_and_a_maximum_of_zero_is_no_maximum()
    {
        var lead = (await boards.FetchAsync(BoardType.Himalayas, new BoardQuery()))
            .Single(p => p.ExternalId == "https://himalayas.app/companies/gamma/jobs/support-lead");

        Assert.Equal("Lead our support team, worldwide.", lead.DescriptionText);
        Assert.Equal(new PostingSalary(30_000, null, "USD", SalaryPeriod.Year), lead.Salary);
        Assert.Equal(EmploymentType.PartTime, lead.EmploymentType);
        Assert.Equal(new DateTime(2025, 11, 27, 8, 0, 0, DateTimeKind.Utc), lead.PostedAt);
        Assert.Equal(lead.Url, lead.ApplyUrl);
        Assert.Empty(lead.Locations);
    }
}
