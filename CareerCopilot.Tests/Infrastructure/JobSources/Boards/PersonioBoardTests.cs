using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class PersonioBoardTests : IAsyncLifetime
{
    private const string Feed = "/acme/xml";

    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        // The company's own host (acme.jobs.personio.de) becomes the first path segment on the stand-in.
        boards.Fake.Serve(Feed, "personio/positions.xml", "application/xml");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_feed_maps_to_postings_with_the_named_descriptions_as_headed_sections()
    {
        var postings = await boards.FetchAsync(BoardType.Personio, new BoardQuery("acme"));

        var manager = postings.Single(p => p.ExternalId == "4103");
        Assert.Equal("Office Manager (m/w/d)", manager.Title);
        Assert.Equal("acme", manager.Company);
        Assert.Equal([new PostingLocation("Munich"), new PostingLocation("Berlin")], manager.Locations);
        Assert.Equal(RemoteMode.Unknown, manager.Remote);
        Assert.Equal(EmploymentType.PartTime, manager.EmploymentType);
        Assert.Null(manager.Salary);
        Assert.StartsWith("<h3>Your tasks</h3><ul><li>Run our Munich office</li><li>Plan events &amp; travel</li></ul>", manager.DescriptionHtml);
        Assert.Contains("<h3>Your profile</h3><p>Fluent German and English, experience with <strong>Excel</strong>.</p>", manager.DescriptionHtml);
        Assert.DoesNotContain("<script", manager.DescriptionHtml);
        Assert.DoesNotContain("onerror", manager.DescriptionHtml);
        Assert.Equal("Your tasks\n- Run our Munich office\n- Plan events & travel\nYour profile\nFluent German and English, experience with Excel.",
            manager.DescriptionText);
        Assert.Equal("https://acme.jobs.personio.de/job/4103", manager.Url);
        Assert.Equal("https://acme.jobs.personio.de/job/4103", manager.ApplyUrl);
        Assert.Equal(new DateTime(2026, 11, 18, 10, 14, 7, DateTimeKind.Utc), manager.PostedAt);
        Assert.Equal(["Management", "office", "organisation", "events"], manager.Tags);
        Assert.Equal(["Microsoft Excel"], manager.Skills);
    }

    [Fact]
    public async Task The_contract_says_intern_or_freelance_before_the_schedule_says_part_or_full_time()
    {
        var postings = await boards.FetchAsync(BoardType.Personio, new BoardQuery("acme"));

        Assert.Equal(EmploymentType.Internship, postings.Single(p => p.ExternalId == "4177").EmploymentType);
        Assert.Equal(EmploymentType.Contract, postings.Single(p => p.ExternalId == "4180").EmploymentType);
        Assert.Equal(EmploymentType.FullTime, postings.Single(p => p.ExternalId == "4181").EmploymentType);
    }

    [Fact]
    public async Task A_subcompany_names_the_employer_and_a_remote_office_makes_the_job_remote()
    {
        var student = (await boards.FetchAsync(BoardType.Personio, new BoardQuery("acme"))).Single(p => p.ExternalId == "4177");

        Assert.Equal("Acme Labs GmbH", student.Company);
        Assert.Equal(RemoteMode.Remote, student.Remote);
        Assert.Equal(["Engineering", "TypeScript", "React"], student.Tags);
        Assert.Superset(new HashSet<string> { "TypeScript", "React" }, student.Skills.ToHashSet());
    }

    [Fact]
    public async Task A_position_without_an_id_is_skipped_and_counted()
    {
        var fetch = await boards.Board(BoardType.Personio).FetchAsync(new BoardQuery("acme"), CancellationToken.None);

        Assert.Equal(4, fetch.Postings.Count);
        Assert.Equal(1, fetch.Skipped);
    }

    [Fact]
    public async Task The_request_asks_the_feed_in_english_on_the_companys_host()
    {
        await boards.FetchAsync(BoardType.Personio, new BoardQuery("acme"));

        var request = Assert.Single(boards.Fake.Requests);
        Assert.Equal(Feed, request.Path);
        Assert.Equal("?language=en", request.Query);
    }

    [Fact]
    public async Task A_malformed_feed_is_the_boards_error()
    {
        boards.Fake.Text(Feed, "<workzag-jobs><position><id>1</id><name>Broken", "application/xml");

        var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
            boards.Board(BoardType.Personio).FetchAsync(new BoardQuery("acme"), CancellationToken.None));

        Assert.Contains("not the XML", error.Message);
    }

    [Fact]
    public async Task A_page_that_is_not_the_feed_says_the_feed_may_not_be_enabled()
    {
        boards.Fake.Text(Feed, "<html><body>Karriere</body></html>", "text/html");

        var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
            boards.Board(BoardType.Personio).FetchAsync(new BoardQuery("acme"), CancellationToken.None));

        Assert.Contains("enabled its XML feed", error.Message);
    }
}
