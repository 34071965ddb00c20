using CareerCopilot.Tests.Fakes;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using Microsoft.AspNetCore.Http;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class TheMuseBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        boards.Settings["Sources:TheMuse:ApiKey"] = "muse key";
        await boards.InitializeAsync();
        Pages(remaining: "499");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    /// <summary>Each page by its number, whatever else the query says, with the rate-limit headers The Muse sends.</summary>
    private void Pages(string remaining) => boards.Fake.On("/api/public/jobs", async context =>
    {
        context.Response.Headers["X-RateLimit-Limit"] = "3600";
        context.Response.Headers["X-RateLimit-Remaining"] = remaining;
        context.Response.Headers["X-RateLimit-Reset"] = "1800";
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(FakeJobBoard.Fixture($"themuse/page-{context.Request.Query["page"]}.json"));
    });

    [Fact]
    public async Task A_job_maps_with_its_name_as_title_its_landing_page_as_url_and_categories_and_levels_as_tags()
    {
        var postings = await boards.FetchAsync(BoardType.TheMuse, new BoardQuery());

        var nurse = postings.Single(p => p.ExternalId == "11920834");
        Assert.Equal("Registered Nurse, Cardiac Care", nurse.Title);
        Assert.Equal("St Mungo's Hospital", nurse.Company);
        Assert.Equal(["Boston, MA"], nurse.Locations.Select(l => l.Raw));
        Assert.Equal(RemoteMode.Unknown, nurse.Remote);
        Assert.Null(nurse.EmploymentType);
        Assert.Null(nurse.Salary);
        Assert.Contains("<b>Flutter</b>", nurse.DescriptionHtml);
        Assert.DoesNotContain("style", nurse.DescriptionHtml);
        Assert.DoesNotContain("color:red", nurse.DescriptionText);
        Assert.Contains("- BLS certification", nurse.DescriptionText);
        Assert.Equal("https://www.themuse.com/jobs/stmungos/registered-nurse-cardiac-care-11920834", nurse.Url);
        Assert.Equal(nurse.Url, nurse.ApplyUrl);
        Assert.Equal(new DateTime(2026, 11, 25, 14, 30, 0, DateTimeKind.Utc), nurse.PostedAt);
        Assert.Equal(["Healthcare", "Mid Level"], nurse.Tags);
    }

    [Fact]
    public async Task Flexible_remote_is_read_as_remote_and_not_kept_as_a_place_and_an_internship_level_as_an_internship()
    {
        var postings = await boards.FetchAsync(BoardType.TheMuse, new BoardQuery());

        var engineer = postings.Single(p => p.ExternalId == "11920835");
        Assert.Equal(RemoteMode.Remote, engineer.Remote);
        Assert.Equal(["New York, NY"], engineer.Locations.Select(l => l.Raw));
        Assert.Contains("TypeScript", engineer.Skills);
        Assert.Equal(EmploymentType.Internship, postings.Single(p => p.ExternalId == "11920836").EmploymentType);
    }

    [Fact]
    public async Task Pages_are_read_from_zero_to_the_page_count_with_the_place_and_the_key_but_not_the_search_text()
    {
        var postings = await boards.FetchAsync(BoardType.TheMuse, new BoardQuery(Query: "nurse", Location: "New York, NY"));

        Assert.Equal(3, postings.Count);
        var requests = boards.Fake.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("/api/public/jobs", r.Path));
        Assert.StartsWith("?page=0&", requests[0].Query);
        Assert.StartsWith("?page=1&", requests[1].Query);
        Assert.All(requests, r => Assert.Contains("location=New%20York%2C%20NY", r.Query));
        Assert.All(requests, r => Assert.Contains("api_key=muse%20key", r.Query));
        Assert.All(requests, r => Assert.DoesNotContain("nurse", r.Query));
        Assert.All(requests, r => Assert.DoesNotContain("category", r.Query));
    }

    [Fact]
    public async Task When_the_hours_requests_run_out_paging_stops_and_what_was_read_is_kept()
    {
        Pages(remaining: "0");

        var fetch = await boards.Board(BoardType.TheMuse).FetchAsync(new BoardQuery(), CancellationToken.None);

        Assert.Equal(2, fetch.Postings.Count);
        Assert.Single(boards.Fake.Requests);
    }

    [Fact]
    public async Task A_403_with_the_rate_limit_headers_is_reported_as_the_limit()
    {
        boards.Fake.On("/api/public/jobs", context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.Headers["X-RateLimit-Remaining"] = "0";
            context.Response.Headers["X-RateLimit-Reset"] = "1800";
            return Task.CompletedTask;
        });

        var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
            boards.Board(BoardType.TheMuse).FetchAsync(new BoardQuery(), CancellationToken.None));

        Assert.Contains("limiting requests", error.Message);
    }
}
