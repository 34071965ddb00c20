using System.Text.Json.Nodes;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class LeverBoardTests : IAsyncLifetime
{
    private const string FirstPage = "/v0/postings/leverdemo?mode=json&skip=0&limit=100";
    private const string SecondPage = "/v0/postings/leverdemo?mode=json&skip=100&limit=100";

    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/v0/postings/leverdemo", "lever/postings.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_site_maps_to_postings_with_its_lists_and_additional_text_in_the_description()
    {
        var postings = await boards.FetchAsync(BoardType.Lever, new BoardQuery("leverdemo"));

        var engineer = postings.Single(p => p.ExternalId == "5ac21346-8e0c-4494-8e7a-3eb92ff77902");
        Assert.Equal(BoardType.Lever, engineer.Board);
        Assert.Equal("Backend Engineer", engineer.Title);
        Assert.Equal("Leverdemo", engineer.Company);
        Assert.Equal([new PostingLocation("Berlin", Country: "DE"), new PostingLocation("Remote - EU")], engineer.Locations);
        Assert.Equal(RemoteMode.Hybrid, engineer.Remote);
        Assert.Equal(EmploymentType.FullTime, engineer.EmploymentType);
        Assert.Equal(new PostingSalary(70_000, 90_000, "EUR", SalaryPeriod.Year), engineer.Salary);
        Assert.Contains("<b>Go</b>", engineer.DescriptionHtml);
        Assert.Contains("<h3>Requirements</h3><ul><li>3+ years of Go</li>", engineer.DescriptionHtml);
        Assert.Contains("30 days of leave", engineer.DescriptionHtml);
        Assert.DoesNotContain("script", engineer.DescriptionHtml);
        Assert.DoesNotContain("javascript:", engineer.DescriptionHtml);
        Assert.StartsWith("We build our payments platform in Go on PostgreSQL.", engineer.DescriptionText);
        Assert.Contains("Requirements\n- 3+ years of Go\n- PostgreSQL and Kafka", engineer.DescriptionText);
        Assert.EndsWith("We offer 30 days of leave.", engineer.DescriptionText);
        Assert.Equal("https://jobs.lever.co/leverdemo/5ac21346-8e0c-4494-8e7a-3eb92ff77902", engineer.Url);
        Assert.Equal("https://jobs.lever.co/leverdemo/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply", engineer.ApplyUrl);
        Assert.Equal(["Platform", "R&D"], engineer.Tags);
        Assert.Superset(new HashSet<string> { "Go", "PostgreSQL", "Apache Kafka", "Kubernetes" }, engineer.Skills.ToHashSet());
    }

    [Fact]
    public async Task Created_at_is_read_as_epoch_milliseconds()
    {
        var engineer = (await boards.FetchAsync(BoardType.Lever, new BoardQuery("leverdemo"))).Single(p => p.Title == "Backend Engineer");

        Assert.Equal(new DateTime(2025, 11, 18, 9, 46, 40, DateTimeKind.Utc), engineer.PostedAt);
    }

    [Fact]
    public async Task Workplace_type_wins_and_an_unspecified_one_falls_back_to_the_location()
    {
        var postings = await boards.FetchAsync(BoardType.Lever, new BoardQuery("leverdemo"));

        var support = postings.Single(p => p.Title == "Customer Support Specialist");
        Assert.Equal(RemoteMode.Onsite, support.Remote);
        Assert.Equal(EmploymentType.PartTime, support.EmploymentType);
        Assert.Equal(new PostingSalary(24, 29, "CAD", SalaryPeriod.Hour), support.Salary);
        Assert.Equal([new PostingLocation("Toronto, ON", Country: "CA")], support.Locations);
        var sales = postings.Single(p => p.Title == "Account Executive, Mid-Market");
        Assert.Equal(RemoteMode.Remote, sales.Remote);
        Assert.Equal(EmploymentType.Contract, sales.EmploymentType);
        Assert.Null(sales.Salary);
        Assert.Equal([new PostingLocation("Remote - US", Country: "US")], sales.Locations);
    }

    [Fact]
    public async Task A_posting_without_a_title_is_skipped_and_counted()
    {
        var fetch = await boards.Board(BoardType.Lever).FetchAsync(new BoardQuery("leverdemo"), CancellationToken.None);

        Assert.Equal(3, fetch.Postings.Count);
        Assert.Equal(1, fetch.Skipped);
    }

    [Fact]
    public async Task The_request_goes_to_the_postings_path_with_the_first_page_asked_for()
    {
        await boards.FetchAsync(BoardType.Lever, new BoardQuery("leverdemo"));

        var request = Assert.Single(boards.Fake.Requests);
        Assert.Equal("/v0/postings/leverdemo", request.Path);
        Assert.Equal("?mode=json&skip=0&limit=100", request.Query);
    }

    [Fact]
    public async Task A_full_page_is_followed_by_the_next_until_a_short_one()
    {
        boards.Fake.Text(FirstPage, FullPage("first"));
        boards.Fake.Serve(SecondPage, "lever/postings.json");

        var fetch = await boards.Board(BoardType.Lever).FetchAsync(new BoardQuery("leverdemo"), CancellationToken.None);

        Assert.Equal(103, fetch.Postings.Count);
        Assert.Equal(["?mode=json&skip=0&limit=100", "?mode=json&skip=100&limit=100"], boards.Fake.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task A_site_that_ignores_skip_is_read_once_rather_than_until_the_page_limit()
    {
        boards.Fake.Text("/v0/postings/leverdemo", FullPage("same"));

        var fetch = await boards.Board(BoardType.Lever).FetchAsync(new BoardQuery("leverdemo"), CancellationToken.None);

        Assert.Equal(100, fetch.Postings.Count);
        Assert.Equal(2, boards.Fake.Requests.Count);
    }

    [Fact]
    public async Task The_eu_host_is_served_by_the_same_reading()
    {
        var postings = await boards.FetchAsync(BoardType.LeverEu, new BoardQuery("leverdemo"));

        Assert.Equal(3, postings.Count);
        Assert.All(postings, p => Assert.Equal(BoardType.LeverEu, p.Board));
        Assert.Equal(new PostingSalary(70_000, 90_000, "EUR", SalaryPeriod.Year), postings.Single(p => p.Title == "Backend Engineer").Salary);
        Assert.Equal("/v0/postings/leverdemo", Assert.Single(boards.Fake.Requests).Path);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_list_is_the_boards_error()
    {
        boards.Fake.Text("/v0/postings/leverdemo", """{"ok":false,"error":"Document not found"}""");

        var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
            boards.Board(BoardType.Lever).FetchAsync(new BoardQuery("leverdemo"), CancellationToken.None));

        Assert.Contains("not a list of postings", error.Message);
    }

    /// <summary>A full page of 100 postings, each the fixture's first with its own id.</summary>
    private static string FullPage(string prefix)
    {
        var template = JsonNode.Parse(Fakes.FakeJobBoard.Fixture("lever/postings.json"))!.AsArray()[0]!;
        var page = new JsonArray();
        for (var i = 0; i < 100; i++)
        {
            var posting = template.DeepClone();
            posting["id"] = $"{prefix}-{i}";
            page.Add(posting);
        }
        return page.ToJsonString();
    }
}
