using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Infrastructure.JobSources.Boards;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class HackerNewsBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/api/v1/search_by_date", "hackernews/stories.json")
            .Serve("/api/v1/search", "hackernews/comments.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task The_newest_who_is_hiring_thread_is_found_and_its_comments_asked_for()
    {
        await boards.FetchAsync(BoardType.HackerNews, new BoardQuery());

        var requests = boards.Fake.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("/api/v1/search_by_date", requests[0].Path);
        Assert.Contains("tags=story,author_whoishiring", requests[0].Query);
        Assert.Contains("query=who%20is%20hiring", requests[0].Query);
        Assert.Equal("/api/v1/search", requests[1].Path);
        Assert.Contains("tags=comment,story_46108939", requests[1].Query);
        Assert.Contains("hitsPerPage=1000", requests[1].Query);
    }

    [Fact]
    public async Task A_comment_maps_from_its_first_line_with_the_whole_comment_as_description()
    {
        var postings = await boards.FetchAsync(BoardType.HackerNews, new BoardQuery());

        var backend = postings.Single(p => p.ExternalId == "46109001");
        Assert.Equal("Senior Backend Engineer", backend.Title);
        Assert.Equal("Vault-Tec", backend.Company);
        Assert.Equal(["Berlin, Germany", "REMOTE (EU)"], backend.Locations.Select(l => l.Raw));
        Assert.Equal(RemoteMode.Remote, backend.Remote);
        Assert.Null(backend.EmploymentType);
        Assert.Equal(new PostingSalary(80_000, 100_000, "EUR", SalaryPeriod.Year), backend.Salary);
        Assert.Contains("<a href=\"https://vault-tec.example/jobs\"", backend.DescriptionHtml);
        Assert.DoesNotContain("script", backend.DescriptionHtml);
        Assert.Contains("We build vault software in Go and PostgreSQL on Kubernetes.", backend.DescriptionText);
        Assert.Contains("& mention HN.", backend.DescriptionText);
        Assert.Equal("https://news.ycombinator.com/item?id=46109001", backend.Url);
        Assert.Equal(backend.Url, backend.ApplyUrl);
        Assert.Equal(new DateTime(2026, 12, 1, 16, 5, 12, DateTimeKind.Utc), backend.PostedAt);
        Assert.Empty(backend.Tags);
        Assert.Superset(new HashSet<string> { "Go", "PostgreSQL", "Kubernetes" }, backend.Skills.ToHashSet());
    }

    [Fact]
    public async Task Only_top_level_comments_that_are_not_deleted_dead_or_empty_are_read_and_one_without_the_form_is_skipped()
    {
        var fetch = await boards.Board(BoardType.HackerNews).FetchAsync(new BoardQuery(), CancellationToken.None);

        Assert.Equal(["46109001", "46109002", "46109003", "46109004", "46109009"], fetch.Postings.Select(p => p.ExternalId));
        Assert.Equal(1, fetch.Skipped);
    }

    [Fact]
    public async Task First_lines_in_other_orders_are_read_by_what_each_part_looks_like()
    {
        var postings = await boards.FetchAsync(BoardType.HackerNews, new BoardQuery());

        var ml = postings.Single(p => p.ExternalId == "46109002");
        Assert.Equal(("Nuka-Cola Corp", "Machine Learning Engineer, Data Scientist"), (ml.Company, ml.Title));
        Assert.Equal(["San Francisco, CA"], ml.Locations.Select(l => l.Raw));
        Assert.Equal((RemoteMode.Onsite, EmploymentType.FullTime), (ml.Remote, ml.EmploymentType));
        Assert.Equal(new PostingSalary(180_000, 220_000, "USD", SalaryPeriod.Year), ml.Salary);

        var frontend = postings.Single(p => p.ExternalId == "46109003");
        Assert.Equal("Frontend Developer (React, TypeScript)", frontend.Title);
        Assert.Empty(frontend.Locations);
        Assert.Equal((RemoteMode.Remote, EmploymentType.Contract), (frontend.Remote, frontend.EmploymentType));
        Assert.Equal(new PostingSalary(90, null, "USD", SalaryPeriod.Hour), frontend.Salary);

        var sre = postings.Single(p => p.ExternalId == "46109004");
        Assert.Equal(("Site Reliability Engineer", RemoteMode.Hybrid), (sre.Title, sre.Remote));
        Assert.Equal(["London, UK"], sre.Locations.Select(l => l.Raw));
        Assert.Null(sre.Salary);

        var firmware = postings.Single(p => p.ExternalId == "46109009");
        Assert.Equal(("Gamma Robotics", "Embedded Firmware Hacker", RemoteMode.Onsite), (firmware.Company, firmware.Title, firmware.Remote));
        Assert.Equal(["Toronto, Canada"], firmware.Locations.Select(l => l.Raw));
        Assert.Equal(new PostingSalary(120_000, 150_000, "CAD", SalaryPeriod.Year), firmware.Salary);
    }

    [Theory]
    [InlineData("Acme | Staff Engineer | NYC | REMOTE | $200k", "Acme", "Staff Engineer", "NYC", RemoteMode.Remote)]
    [InlineData("Acme (https://acme.example) | Remote (US only) | Product Designer", "Acme", "Product Designer", "Remote (US only)", RemoteMode.Remote)]
    [InlineData("Acme | Chef de cuisine | Paris, France | Onsite", "Acme", "Chef de cuisine", "Paris, France", RemoteMode.Onsite)]
    [InlineData("Acme | Senior Engineer (Remote) | Series A | Lisbon", "Acme", "Senior Engineer (Remote)", "Lisbon", RemoteMode.Remote)]
    [InlineData("Acme | Full-time | Backend Developer | Amsterdam or remote (EU)", "Acme", "Backend Developer", "Amsterdam or remote (EU)", RemoteMode.Remote)]
    public void A_first_line_is_read_whatever_the_order_of_its_parts(string line, string company, string role, string? place, RemoteMode remote)
    {
        var read = HackerNewsBoard.ReadFirstLine(line)!;

        Assert.Equal((company, role, remote), (read.Company, read.Role, read.Remote));
        Assert.Equal(place is null ? [] : [place], read.Locations);
    }

    [Theory]
    [InlineData("We are hiring! Email me.")]
    [InlineData(" | Senior Engineer")]
    public void A_line_not_of_the_threads_form_is_not_read(string line) => Assert.Null(HackerNewsBoard.ReadFirstLine(line));

    [Fact]
    public async Task A_search_text_keeps_only_the_comments_with_all_its_words()
    {
        var postings = await boards.FetchAsync(BoardType.HackerNews, new BoardQuery(Query: "PYTHON pytorch"));

        Assert.Equal(["46109002"], postings.Select(p => p.ExternalId));
    }

    [Fact]
    public async Task Without_a_who_is_hiring_thread_the_error_says_so()
    {
        boards.Fake.Text("/api/v1/search_by_date", """{"hits":[{"objectID":"1","title":"Ask HN: Who wants to be hired? (December 2026)"}]}""");

        var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
            boards.Board(BoardType.HackerNews).FetchAsync(new BoardQuery(), CancellationToken.None));

        Assert.Contains("Who is hiring?", error.Message);
    }
}
