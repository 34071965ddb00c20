using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class UsaJobsBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/api/Search", "usajobs/search.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_job_maps_with_its_organisation_pay_interval_closing_date_and_summary_as_text_made_html()
    {
        var postings = await boards.FetchAsync(BoardType.UsaJobs, new BoardQuery(Query: "it specialist"));

        var specialist = postings.Single(p => p.ExternalId == "866395400");
        Assert.Equal("IT Specialist (INFOSEC)", specialist.Title);
        Assert.Equal("Federal Aviation Administration", specialist.Company);
        Assert.Equal([new PostingLocation("Hampton, Georgia", "Hampton, Georgia", "Georgia", "United States")], specialist.Locations);
        Assert.Equal(RemoteMode.Onsite, specialist.Remote);
        Assert.Equal(EmploymentType.FullTime, specialist.EmploymentType);
        Assert.Equal(new PostingSalary(118_206, 153_668, "USD", SalaryPeriod.Year), specialist.Salary);
        Assert.Contains("<li>Harden Linux servers</li>", specialist.DescriptionHtml);
        Assert.Contains("&lt;e.g. firewalls, Linux servers&gt;", specialist.DescriptionHtml);
        Assert.Contains("- Monitor intrusion detection systems", specialist.DescriptionText);
        Assert.Contains("systems <e.g. firewalls", specialist.DescriptionText);
        Assert.Equal("https://www.usajobs.gov/job/866395400", specialist.Url);
        Assert.Equal("https://www.usajobs.gov/GetJob/ViewDetails/866395400?PostingChannelID=", specialist.ApplyUrl);
        Assert.Equal(new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), specialist.PostedAt);
        Assert.Equal(new DateOnly(2026, 12, 15), specialist.ValidThrough);
        Assert.Equal(["Information Technology Management", "Department of Transportation"], specialist.Tags);
        Assert.Superset(new HashSet<string> { "Python", "Linux" }, specialist.Skills.ToHashSet());
    }

    [Fact]
    public async Task Hourly_pay_telework_and_remote_jobs_are_read()
    {
        var fetch = await boards.Board(BoardType.UsaJobs).FetchAsync(new BoardQuery(Location: "Denver"), CancellationToken.None);

        var nurse = fetch.Postings.Single(p => p.ExternalId == "866395401");
        Assert.Equal(new PostingSalary(38.50m, 52.10m, "USD", SalaryPeriod.Hour), nurse.Salary);
        Assert.Equal(RemoteMode.Hybrid, nurse.Remote);
        Assert.Equal(EmploymentType.PartTime, nurse.EmploymentType);
        var scientist = fetch.Postings.Single(p => p.ExternalId == "866395402");
        Assert.Equal(RemoteMode.Remote, scientist.Remote);
        Assert.Equal(["Anywhere in the U.S. (remote job)"], scientist.Locations.Select(l => l.Raw));
        Assert.Equal(SalaryPeriod.Year, scientist.Salary!.Period);
        Assert.Equal(scientist.Url, scientist.ApplyUrl);
    }

    [Fact]
    public async Task The_search_sends_the_key_and_the_registered_address_as_user_agent_with_its_filters()
    {
        await boards.FetchAsync(BoardType.UsaJobs, new BoardQuery(Query: "nurse", Location: "Denver, Colorado"));

        var request = Assert.Single(boards.Fake.Requests);
        Assert.Equal("/api/Search", request.Path);
        Assert.Equal("ops@example.test", request.UserAgent);
        Assert.Equal("test-key", request.Headers["Authorization-Key"].ToString());
        foreach (var parameter in new[] { "Keyword=nurse", "LocationName=Denver%2C%20Colorado", "ResultsPerPage=500", "Page=1" })
            Assert.Contains(parameter, request.Query);
    }

    [Fact]
    public async Task Other_boards_keep_the_products_user_agent()
    {
        boards.Fake.Serve("/api", "remoteok/api.json");
        await boards.FetchAsync(BoardType.UsaJobs, new BoardQuery(Query: "nurse"));

        await boards.FetchAsync(BoardType.RemoteOk, new BoardQuery());

        Assert.StartsWith("CareerCopilot/", boards.Fake.Requests.Single(r => r.Path == "/api").UserAgent);
        Assert.False(boards.Fake.Requests.Single(r => r.Path == "/api").Headers.ContainsKey("Authorization-Key"));
    }

    [Fact]
    public async Task An_unfiltered_search_is_refused_before_asking()
    {
        var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
            boards.Board(BoardType.UsaJobs).FetchAsync(new BoardQuery(), CancellationToken.None));

        Assert.Contains("search text or a place", error.Message);
        Assert.Empty(boards.Fake.Requests);
    }

    [Fact]
    public async Task Without_the_registered_address_the_error_tells_the_operator_what_to_set()
    {
        var unset = new BoardHarness();
        unset.Settings["Sources:UsaJobs:Email"] = "";
        await unset.InitializeAsync();
        try
        {
            var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
                unset.Board(BoardType.UsaJobs).FetchAsync(new BoardQuery(Query: "nurse"), CancellationToken.None));

            Assert.Contains("Sources:UsaJobs:Email", error.Message);
        }
        finally
        {
            await unset.DisposeAsync();
        }
    }
}
