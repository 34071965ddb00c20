using System.Text.Json;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class JoobleBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/api/test-key", "jooble/search.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_job_maps_with_its_snippet_made_safe_and_pay_read_from_text()
    {
        var postings = await boards.FetchAsync(BoardType.Jooble, new BoardQuery());

        var manager = postings.Single(p => p.ExternalId == "-7461739281");
        Assert.Equal("Account Manager", manager.Title);
        Assert.Equal("Acme", manager.Company);
        Assert.Equal(["London"], manager.Locations.Select(l => l.Raw));
        Assert.Equal(RemoteMode.Unknown, manager.Remote);
        Assert.Equal(EmploymentType.FullTime, manager.EmploymentType);
        Assert.Equal(new PostingSalary(35_000, 45_000, "GBP", SalaryPeriod.Year), manager.Salary);
        Assert.Contains("<b>account</b>", manager.DescriptionHtml);
        Assert.DoesNotContain("script", manager.DescriptionHtml);
        Assert.Contains("account manager looks after key clients using Salesforce", manager.DescriptionText);
        Assert.Equal("https://jooble.org/desc/-7461739281?ckey=account+manager&rgn=-1&pos=1", manager.Url);
        Assert.Equal(manager.Url, manager.ApplyUrl);
        Assert.Equal(new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc), manager.PostedAt);
        Assert.Empty(manager.Tags);
        Assert.Contains("Salesforce", manager.Skills);
    }

    [Fact]
    public async Task Entities_in_titles_hourly_pay_text_and_a_remote_location_are_read()
    {
        var fetch = await boards.Board(BoardType.Jooble).FetchAsync(new BoardQuery(), CancellationToken.None);

        var barista = fetch.Postings.Single(p => p.ExternalId == "2849301755");
        Assert.Equal("Barista & Shift Lead", barista.Title);
        Assert.Equal(new PostingSalary(11.50m, null, "GBP", SalaryPeriod.Hour), barista.Salary);
        Assert.Equal(EmploymentType.PartTime, barista.EmploymentType);
        var gopher = fetch.Postings.Single(p => p.ExternalId == "5512");
        Assert.Equal(RemoteMode.Remote, gopher.Remote);
        Assert.Null(gopher.Salary);
        Assert.Null(gopher.EmploymentType);
    }

    [Fact]
    public async Task The_search_is_posted_to_the_keys_path_as_json_with_text_place_and_page()
    {
        await boards.FetchAsync(BoardType.Jooble, new BoardQuery(Query: "account manager", Location: "London"));

        var request = Assert.Single(boards.Fake.Requests);
        Assert.Equal(("POST", "/api/test-key"), (request.Method, request.Path));
        Assert.StartsWith("application/json", request.Headers.ContentType.ToString());
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("account manager", body.RootElement.GetProperty("keywords").GetString());
        Assert.Equal("London", body.RootElement.GetProperty("location").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Without_a_key_the_error_tells_the_operator_what_to_set()
    {
        var unset = new BoardHarness();
        unset.Settings["Sources:Jooble:ApiKey"] = "";
        await unset.InitializeAsync();
        try
        {
            var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
                unset.Board(BoardType.Jooble).FetchAsync(new BoardQuery(), CancellationToken.None));

            Assert.Contains("Sources:Jooble:ApiKey", error.Message);
        }
        finally
        {
            await unset.DisposeAsync();
        }
    }
}
