using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class RecruiteeBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        // The company's own host (bunq.recruitee.com) becomes the first path segment on the stand-in.
        boards.Fake.Serve("/bunq/api/offers/", "recruitee/offers.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_company_maps_to_postings_with_the_requirements_after_the_description()
    {
        var postings = await boards.FetchAsync(BoardType.Recruitee, new BoardQuery("bunq"));

        var owner = postings.Single(p => p.ExternalId == "2781634");
        Assert.Equal("(Senior) Product Owner", owner.Title);
        Assert.Equal("bunq", owner.Company);
        Assert.Equal([new PostingLocation("Amsterdam, Noord-Holland, Netherlands", "Amsterdam", "Noord-Holland", "NL")], owner.Locations);
        Assert.Equal(RemoteMode.Hybrid, owner.Remote);
        Assert.Equal(EmploymentType.FullTime, owner.EmploymentType);
        Assert.Equal(new PostingSalary(60_000, 80_000, "EUR", SalaryPeriod.Year), owner.Salary);
        Assert.Contains("<li>Scrum and Jira</li>", owner.DescriptionHtml);
        Assert.DoesNotContain("onclick", owner.DescriptionHtml);
        Assert.DoesNotContain("<style", owner.DescriptionHtml);
        Assert.Equal("Own the roadmap of our savings app.\nAbout us\n- 5 years as a product owner\n- Scrum and Jira", owner.DescriptionText);
        Assert.Equal("https://careers.bunq.com/o/senior-product-owner-1", owner.Url);
        Assert.Equal("https://careers.bunq.com/o/senior-product-owner-1/c/new", owner.ApplyUrl);
        Assert.Equal(new DateTime(2026, 11, 18, 10, 0, 0, DateTimeKind.Utc), owner.PostedAt);
        Assert.Equal(new DateTime(2026, 11, 19, 8, 30, 0, DateTimeKind.Utc), owner.UpdatedAt);
        Assert.Equal(["Product", "Scrum", "Fintech"], owner.Tags);
        Assert.Contains("Jira", owner.Skills);
    }

    [Fact]
    public async Task Pay_given_as_text_with_one_end_and_an_hourly_period_is_read()
    {
        var fetch = await boards.Board(BoardType.Recruitee).FetchAsync(new BoardQuery("bunq"), CancellationToken.None);

        var agent = fetch.Postings.Single(p => p.ExternalId == "2781700");

        Assert.Equal(new PostingSalary(14.50m, null, "EUR", SalaryPeriod.Hour), agent.Salary);
        Assert.Equal(RemoteMode.Remote, agent.Remote);
        Assert.Equal(EmploymentType.PartTime, agent.EmploymentType);
        Assert.Equal([new PostingLocation("Madrid, Spain", "Madrid", null, "ES")], agent.Locations);
    }

    [Fact]
    public async Task An_offer_not_yet_published_dates_from_its_creation_and_without_amounts_has_no_pay()
    {
        var intern = (await boards.FetchAsync(BoardType.Recruitee, new BoardQuery("bunq"))).Single(p => p.ExternalId == "2781702");

        Assert.Equal(new DateTime(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc), intern.PostedAt);
        Assert.Null(intern.Salary);
        Assert.Equal(RemoteMode.Onsite, intern.Remote);
        Assert.Equal(EmploymentType.Internship, intern.EmploymentType);
        Assert.Equal(["Finance"], intern.Tags);
    }

    [Fact]
    public async Task An_offer_without_a_title_is_skipped_and_counted()
    {
        var fetch = await boards.Board(BoardType.Recruitee).FetchAsync(new BoardQuery("bunq"), CancellationToken.None);

        Assert.Equal(3, fetch.Postings.Count);
        Assert.Equal(1, fetch.Skipped);
    }

    [Fact]
    public async Task The_request_goes_to_the_offers_path_of_the_companys_host()
    {
        await boards.FetchAsync(BoardType.Recruitee, new BoardQuery("bunq"));

        var request = Assert.Single(boards.Fake.Requests);
        Assert.Equal("/bunq/api/offers/", request.Path);
        Assert.Equal("", request.Query);
    }
}
