using System.Text;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class AdzunaBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/v1/api/jobs/gb/search/1", "adzuna/search.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_job_maps_with_its_highlighting_taken_off_the_title_and_pay_in_the_countrys_currency()
    {
        var postings = await boards.FetchAsync(BoardType.Adzuna, new BoardQuery());

        var developer = postings.Single(p => p.ExternalId == "4567890123");
        Assert.Equal("Senior Python Developer", developer.Title);
        Assert.Equal("Acme Ltd", developer.Company);
        Assert.Equal([new PostingLocation("Norwich, Norfolk", "Norwich", "East of England", "UK")], developer.Locations);
        Assert.Equal(RemoteMode.Unknown, developer.Remote);
        Assert.Equal(EmploymentType.FullTime, developer.EmploymentType);
        Assert.Equal(new PostingSalary(45_000, 55_000, "GBP", SalaryPeriod.Year), developer.Salary);
        Assert.Contains("<strong>Python</strong>", developer.DescriptionHtml);
        Assert.EndsWith("join our Norwich team…", developer.DescriptionText);
        Assert.StartsWith("https://www.adzuna.co.uk/jobs/land/ad/4567890123?", developer.Url);
        Assert.Equal(developer.Url, developer.ApplyUrl);
        Assert.Equal(new DateTime(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc), developer.PostedAt);
        Assert.Equal(["IT Jobs"], developer.Tags);
        Assert.Superset(new HashSet<string> { "Python", "Django", "PostgreSQL" }, developer.Skills.ToHashSet());
    }

    [Fact]
    public async Task Predicted_pay_is_marked_estimated_and_contract_and_remote_are_read()
    {
        var postings = await boards.FetchAsync(BoardType.Adzuna, new BoardQuery());

        var operative = postings.Single(p => p.ExternalId == "4567890124");
        Assert.Equal(new PostingSalary(24_500, 24_500, "GBP", SalaryPeriod.Year, IsEstimated: true), operative.Salary);
        Assert.Equal(EmploymentType.Contract, operative.EmploymentType);
        var engineer = postings.Single(p => p.ExternalId == "4567890125");
        Assert.Equal(RemoteMode.Remote, engineer.Remote);
        Assert.Null(engineer.Salary);
        Assert.Equal([new PostingLocation("UK", Country: "UK")], engineer.Locations);
    }

    [Fact]
    public async Task The_search_goes_to_the_countrys_path_with_the_credentials_what_and_where()
    {
        await boards.FetchAsync(BoardType.Adzuna, new BoardQuery(Query: "python developer", Location: "Norwich"));

        var request = Assert.Single(boards.Fake.Requests);
        Assert.Equal("/v1/api/jobs/gb/search/1", request.Path);
        foreach (var parameter in new[] { "app_id=test-app", "app_key=test-key", "results_per_page=50", "what=python%20developer", "where=Norwich", "content-type=application/json" })
            Assert.Contains(parameter, request.Query);
    }

    [Fact]
    public async Task The_configured_country_picks_the_site_and_the_currency()
    {
        var us = new BoardHarness();
        us.Settings["Sources:Adzuna:Country"] = "US";
        await us.InitializeAsync();
        try
        {
            us.Fake.Serve("/v1/api/jobs/us/search/1", "adzuna/search.json");

            var developer = (await us.FetchAsync(BoardType.Adzuna, new BoardQuery())).Single(p => p.ExternalId == "4567890123");

            Assert.Equal("USD", developer.Salary!.Currency);
        }
        finally
        {
            await us.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_full_page_leads_to_the_next_and_the_pages_stop_at_a_short_one()
    {
        var page = new StringBuilder("""{"count":53,"results":[""");
        for (var i = 0; i < 50; i++)
            page.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{"id":"{{9000 + i}}","title":"Clerk {{i}}","company":{"display_name":"Acme Ltd"},"redirect_url":"https://www.adzuna.co.uk/jobs/land/ad/{{9000 + i}}"}""");
        boards.Fake.Text("/v1/api/jobs/gb/search/1", page.Append("]}").ToString()).Serve("/v1/api/jobs/gb/search/2", "adzuna/search.json");

        var postings = await boards.FetchAsync(BoardType.Adzuna, new BoardQuery());

        Assert.Equal(53, postings.Count);
        Assert.Equal(["/v1/api/jobs/gb/search/1", "/v1/api/jobs/gb/search/2"], boards.Fake.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Without_credentials_the_error_tells_the_operator_what_to_set()
    {
        var unset = new BoardHarness();
        unset.Settings["Sources:Adzuna:AppId"] = "";
        await unset.InitializeAsync();
        try
        {
            var error = await Assert.ThrowsAsync<BoardFetchException>(() =>
                unset.Board(BoardType.Adzuna).FetchAsync(new BoardQuery(), CancellationToken.None));

            Assert.Contains("Sources:Adzuna:AppId", error.Message);
            Assert.Contains("ApiKey", error.Message);
            Assert.Empty(unset.Fake.Requests);
        }
        finally
        {
            await unset.DisposeAsync();
        }
    }
}
