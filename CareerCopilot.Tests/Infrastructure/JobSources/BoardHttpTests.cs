using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.AspNetCore.Http;

namespace CareerCopilot.Tests.Infrastructure.JobSources;

/// <summary>The shared board client, through Greenhouse's adapter: retries, limits and the sentences failures become.</summary>
public sealed class BoardHttpTests : IAsyncLifetime
{
    private const string Jobs = "/v1/boards/acme/jobs";
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        boards.Settings["Ingestion:MaxResponseBytes"] = "65536";
        await boards.InitializeAsync();
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    private Task<BoardFetch> FetchAsync() => boards.Board(BoardType.Greenhouse).FetchAsync(new BoardQuery("acme"), CancellationToken.None);

    [Fact]
    public async Task A_429_is_retried_after_the_wait_the_board_names()
    {
        boards.Fake.Serve(Jobs, "greenhouse/acme.json").FailFirst(Jobs, 1, StatusCodes.Status429TooManyRequests, retryAfterSeconds: 1);

        var fetch = await FetchAsync();

        Assert.Equal(3, fetch.Postings.Count);
        var tries = boards.Fake.Requests.Where(r => r.Path == Jobs).Select(r => r.At).ToList();
        Assert.Equal(2, tries.Count);
        Assert.True(tries[1] - tries[0] >= TimeSpan.FromSeconds(0.9), $"retried after {(tries[1] - tries[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_passing_500_is_retried_and_a_lasting_one_is_an_error_naming_the_status()
    {
        boards.Fake.Serve(Jobs, "greenhouse/acme.json").FailFirst(Jobs, 1, StatusCodes.Status500InternalServerError);
        Assert.Equal(3, (await FetchAsync()).Postings.Count);

        boards.Fake.Text(Jobs, "down", "text/plain", status: 503);
        var error = await Assert.ThrowsAsync<BoardFetchException>(FetchAsync);

        Assert.Contains("503", error.Message);
        Assert.Equal(2 + 3, boards.Fake.Count(Jobs));
    }

    [Fact]
    public async Task A_board_that_does_not_answer_in_time_is_an_error_saying_so()
    {
        boards.Fake.On(Jobs, async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));

        var error = await Assert.ThrowsAsync<BoardFetchException>(FetchAsync);

        Assert.Contains("did not answer within 2 seconds", error.Message);
    }

    [Fact]
    public async Task An_answer_that_is_not_json_is_an_error_not_a_crash()
    {
        boards.Fake.Text(Jobs, "<html>Service moved</html>", "text/html");

        var error = await Assert.ThrowsAsync<BoardFetchException>(FetchAsync);

        Assert.Contains("not the JSON", error.Message);
    }

    [Fact]
    public async Task A_huge_answer_is_refused_without_being_read_whole_whether_or_not_it_says_its_length()
    {
        var huge = new string(' ', 200_000);
        boards.Fake.Text(Jobs, "{\"jobs\":[]" + huge + "}");
        Assert.Contains("larger than", (await Assert.ThrowsAsync<BoardFetchException>(FetchAsync)).Message);

        boards.Fake.On(Jobs, async context =>
        {
            // Streamed without a length: the limit holds while reading.
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"jobs\":[");
            for (var i = 0; i < 100; i++) await context.Response.WriteAsync(huge[..10_000]);
        });
        Assert.Contains("larger than", (await Assert.ThrowsAsync<BoardFetchException>(FetchAsync)).Message);
    }

    [Fact]
    public async Task Every_request_says_honestly_who_is_asking()
    {
        boards.Fake.Serve(Jobs, "greenhouse/acme.json");

        await FetchAsync();

        Assert.StartsWith("CareerCopilot/", boards.Fake.Requests.First(r => r.Path == Jobs).UserAgent);
    }
}
