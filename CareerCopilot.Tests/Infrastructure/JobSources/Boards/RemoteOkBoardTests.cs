using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class RemoteOkBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/api", "remoteok/api.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_job_maps_with_its_position_as_title_epoch_seconds_as_posted_date_and_pay_in_dollars_a_year()
    {
        var postings = await boards.FetchAsync(BoardType.RemoteOk, new BoardQuery());

        var engineer = postings.Single(p => p.ExternalId == "1093");
        Assert.Equal("Senior Go Engineer", engineer.Title);
        Assert.Equal("Vault-Tec", engineer.Company);
        Assert.Equal(["Europe"], engineer.Locations.Select(l => l.Raw));
        Assert.Equal(RemoteMode.Remote, engineer.Remote);
        Assert.Null(engineer.EmploymentType);
        Assert.Equal(new PostingSalary(90_000, 130_000, "USD", SalaryPeriod.Year), engineer.Salary);
        Assert.Contains("<b>Go</b>", engineer.DescriptionHtml);
        Assert.DoesNotContain("iframe", engineer.DescriptionHtml);
        Assert.Contains("- Kubernetes", engineer.DescriptionText);
        Assert.Equal("https://remoteok.com/remote-jobs/remote-senior-go-engineer-vault-tec-1093", engineer.Url);
        Assert.Equal("https://remoteok.com/remote-jobs/remote-senior-go-engineer-vault-tec-1093/apply", engineer.ApplyUrl);
        Assert.Equal(new DateTime(2025, 11, 29, 8, 0, 0, DateTimeKind.Utc), engineer.PostedAt);
        Assert.Equal(["golang", "backend", "kubernetes"], engineer.Tags);
        Assert.Superset(new HashSet<string> { "Go", "Kubernetes", "PostgreSQL" }, engineer.Skills.ToHashSet());
    }

    [Fact]
    public async Task A_salary_of_zero_is_no_salary_and_an_empty_location_is_no_location()
    {
        var manager = (await boards.FetchAsync(BoardType.RemoteOk, new BoardQuery())).Single(p => p.ExternalId == "1094");

        Assert.Null(manager.Salary);
        Assert.Empty(manager.Locations);
        Assert.Equal(RemoteMode.Remote, manager.Remote);
    }

    [Fact]
    public async Task The_legal_notice_first_in_the_array_is_not_a_posting_and_not_counted_as_skipped()
    {
        var fetch = await boards.Board(BoardType.RemoteOk).FetchAsync(new BoardQuery(), CancellationToken.None);
        var rules = (PostingRules)boards.Services.GetService(typeof(PostingRules))!;

        Assert.Equal(3, fetch.Postings.Count + fetch.Skipped);
        Assert.DoesNotContain(fetch.Postings, p => p.ExternalId.Length == 0);
        Assert.Equal(["1093", "1094"], fetch.Postings.Select(rules.Complete).OfType<NormalisedPosting>().Select(p => p.ExternalId));
    }

    [Fact]
    public async Task The_board_is_read_on_its_real_path_with_the_products_user_agent()
    {
        await boards.FetchAsync(BoardType.RemoteOk, new BoardQuery(Query: "go"));

        var request = Assert.Single(boards.Fake.Requests);
        Assert.Equal("/api", request.Path);
        Assert.StartsWith("CareerCopilot/", request.UserAgent);
        Assert.Contains("Remote OK", BoardCatalogue.Of(BoardType.RemoteOk).Attribution);
    }

    [Fact]
    public async Task An_answer_that_is_not_an_array_is_an_error_that_says_so()
    {
        boards.Fake.Text("/api", """{"error":"rate limited"}""");

        var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
            boards.Board(BoardType.RemoteOk).FetchAsync(new BoardQuery(), CancellationToken.None));

        Assert.Contains("not a list of jobs", error.Message);
    }
}
