using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class AshbyBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/posting-api/job-board/example", "ashby/jobs.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_board_maps_to_postings_with_the_salary_component_of_the_compensation_summary()
    {
        var postings = await boards.FetchAsync(BoardType.Ashby, new BoardQuery("example"));

        var manager = postings.Single(p => p.ExternalId == "7458d4e9-da2e-47bd-98cb-adfda43d42b2");
        Assert.Equal("Product Manager, Growth", manager.Title);
        Assert.Equal("Example", manager.Company);
        Assert.Equal(
            [new PostingLocation("Houston, TX", "Houston", "Texas", "USA"), new PostingLocation("San Francisco", "San Francisco", "California", "USA")],
            manager.Locations);
        Assert.Equal(EmploymentType.FullTime, manager.EmploymentType);
        Assert.Equal(new PostingSalary(81_000, 87_000, "USD", SalaryPeriod.Year), manager.Salary);
        Assert.Contains("<em>SQL</em>", manager.DescriptionHtml);
        Assert.DoesNotContain("iframe", manager.DescriptionHtml);
        Assert.DoesNotContain("onclick", manager.DescriptionHtml);
        Assert.Equal("About the role\nOwn our activation funnel with SQL and Amplitude.\nThree days a week in the office.", manager.DescriptionText);
        Assert.Equal("https://jobs.ashbyhq.com/example/7458d4e9-da2e-47bd-98cb-adfda43d42b2", manager.Url);
        Assert.Equal("https://jobs.ashbyhq.com/example/7458d4e9-da2e-47bd-98cb-adfda43d42b2/application", manager.ApplyUrl);
        Assert.Equal(new DateTime(2026, 11, 19, 16, 21, 55, 393, DateTimeKind.Utc), manager.PostedAt);
        Assert.Equal(["Product", "Growth"], manager.Tags);
        Assert.Contains("SQL", manager.Skills);
    }

    [Fact]
    public async Task Workplace_type_wins_over_is_remote_and_is_remote_counts_when_it_is_all_there_is()
    {
        var postings = await boards.FetchAsync(BoardType.Ashby, new BoardQuery("example"));

        Assert.Equal(RemoteMode.Hybrid, postings.Single(p => p.Title == "Product Manager, Growth").Remote);
        Assert.Equal(RemoteMode.Remote, postings.Single(p => p.Title == "Senior Data Engineer").Remote);
        Assert.Equal(RemoteMode.Onsite, postings.Single(p => p.Title == "Design Intern").Remote);
    }

    [Fact]
    public async Task Pay_from_compensation_tiers_spans_them_and_leaves_equity_out()
    {
        var engineer = (await boards.FetchAsync(BoardType.Ashby, new BoardQuery("example"))).Single(p => p.Title == "Senior Data Engineer");

        Assert.Equal(new PostingSalary(150_000, 190_000, "USD", SalaryPeriod.Year), engineer.Salary);
        Assert.Equal(EmploymentType.Contract, engineer.EmploymentType);
        Assert.Equal([new PostingLocation("Remote (US)")], engineer.Locations);
    }

    [Fact]
    public async Task Pay_the_employer_does_not_display_is_left_out()
    {
        var intern = (await boards.FetchAsync(BoardType.Ashby, new BoardQuery("example"))).Single(p => p.Title == "Design Intern");

        Assert.Null(intern.Salary);
        Assert.Equal(EmploymentType.Internship, intern.EmploymentType);
        Assert.Equal(["Design"], intern.Tags);
    }

    [Fact]
    public async Task An_unlisted_job_is_skipped_and_counted()
    {
        var fetch = await boards.Board(BoardType.Ashby).FetchAsync(new BoardQuery("example"), CancellationToken.None);

        Assert.Equal(3, fetch.Postings.Count);
        Assert.Equal(1, fetch.Skipped);
        Assert.DoesNotContain(fetch.Postings, p => p.Title.StartsWith("Internal Transfer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_request_asks_the_job_board_path_for_compensation()
    {
        await boards.FetchAsync(BoardType.Ashby, new BoardQuery("example"));

        var request = Assert.Single(boards.Fake.Requests);
        Assert.Equal("/posting-api/job-board/example", request.Path);
        Assert.Equal("?includeCompensation=true", request.Query);
    }

    [Fact]
    public async Task An_answer_without_jobs_is_the_boards_error()
    {
        boards.Fake.Text("/posting-api/job-board/example", """{"apiVersion":"1"}""");

        var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
            boards.Board(BoardType.Ashby).FetchAsync(new BoardQuery("example"), CancellationToken.None));

        Assert.Contains("no list of jobs", error.Message);
    }
}
