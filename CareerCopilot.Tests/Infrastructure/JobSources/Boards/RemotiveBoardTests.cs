using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class RemotiveBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/api/remote-jobs", "remotive/remote-jobs.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_job_maps_to_a_remote_posting_with_the_applicants_region_as_its_location_and_pay_read_from_text()
    {
        var postings = await boards.FetchAsync(BoardType.Remotive, new BoardQuery());

        var engineer = postings.Single(p => p.ExternalId == "1910431");
        Assert.Equal("Senior Python Engineer", engineer.Title);
        Assert.Equal("Nuka-Cola Corp", engineer.Company);
        Assert.Equal(["Europe, UK"], engineer.Locations.Select(l => l.Raw));
        Assert.Equal(RemoteMode.Remote, engineer.Remote);
        Assert.Equal(EmploymentType.FullTime, engineer.EmploymentType);
        Assert.Equal(new PostingSalary(90_000, 120_000, "USD", SalaryPeriod.Year), engineer.Salary);
        Assert.Contains("<strong>Python</strong>", engineer.DescriptionHtml);
        Assert.DoesNotContain("script", engineer.DescriptionHtml);
        Assert.DoesNotContain("onclick", engineer.DescriptionHtml);
        Assert.Contains("- PostgreSQL", engineer.DescriptionText);
        Assert.Equal("https://remotive.com/remote-jobs/software-dev/senior-python-engineer-1910431", engineer.Url);
        Assert.Equal(engineer.Url, engineer.ApplyUrl);
        Assert.Equal(["Software Development", "python", "django", "aws"], engineer.Tags);
        Assert.Superset(new HashSet<string> { "Python", "Django", "Amazon Web Services", "PostgreSQL", "Docker" }, engineer.Skills.ToHashSet());
    }

    [Fact]
    public async Task A_publication_date_without_a_zone_is_read_as_utc()
    {
        var engineer = (await boards.FetchAsync(BoardType.Remotive, new BoardQuery())).Single(p => p.ExternalId == "1910431");

        Assert.Equal(new DateTime(2026, 11, 28, 10, 23, 26, DateTimeKind.Utc), engineer.PostedAt);
        Assert.Equal(DateTimeKind.Utc, engineer.PostedAt!.Value.Kind);
    }

    [Fact]
    public async Task Job_types_and_pay_texts_of_every_kind_are_read_and_an_empty_salary_is_none()
    {
        var postings = await boards.FetchAsync(BoardType.Remotive, new BoardQuery());

        var support = postings.Single(p => p.ExternalId == "1910432");
        Assert.Equal(EmploymentType.PartTime, support.EmploymentType);
        Assert.Null(support.Salary);
        Assert.Equal(["Worldwide"], support.Locations.Select(l => l.Raw));
        var analyst = postings.Single(p => p.ExternalId == "1910433");
        Assert.Equal(EmploymentType.Contract, analyst.EmploymentType);
        Assert.Equal(new PostingSalary(45, null, "EUR", SalaryPeriod.Hour), analyst.Salary);
    }

    [Fact]
    public async Task The_legal_notice_and_the_counts_beside_the_jobs_are_not_read_as_postings()
    {
        var fetch = await boards.Board(BoardType.Remotive).FetchAsync(new BoardQuery(), CancellationToken.None);

        Assert.Equal(3, fetch.Postings.Count);
        Assert.Equal(0, fetch.Skipped);
        Assert.DoesNotContain(fetch.Postings, p => p.Title.Contains("Legal", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_search_text_goes_to_the_boards_search_parameter_on_its_real_path()
    {
        await boards.FetchAsync(BoardType.Remotive, new BoardQuery(Query: "python engineer", Location: "Europe"));

        var request = Assert.Single(boards.Fake.Requests);
        Assert.Equal("/api/remote-jobs", request.Path);
        Assert.Contains("search=python%20engineer", request.Query);
        Assert.Contains("limit=", request.Query);
        Assert.DoesNotContain("Europe", request.Query);
    }

    [Fact]
    public async Task Without_a_search_text_all_jobs_are_asked_for()
    {
        await boards.FetchAsync(BoardType.Remotive, new BoardQuery());

        Assert.DoesNotContain("search=", Assert.Single(boards.Fake.Requests).Query);
    }

    [Fact]
    public void The_catalogue_keeps_remotives_terms_two_requests_a_minute_four_polls_a_day_and_credit()
    {
        var board = BoardCatalogue.Of(BoardType.Remotive);

        Assert.True(board.MinRequestInterval >= TimeSpan.FromSeconds(30));
        Assert.True(board.MinRefresh >= TimeSpan.FromHours(6));
        Assert.Contains("Remotive", board.Attribution);
    }
}
