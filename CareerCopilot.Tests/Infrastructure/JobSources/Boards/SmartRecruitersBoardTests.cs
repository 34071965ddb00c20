using System.Text.Json.Nodes;
using CareerCopilot.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Infrastructure.JobSources.Boards;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class SmartRecruitersBoardTests : IAsyncLifetime
{
    private const string List = "/v1/companies/acmecorp/postings";

    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve(List, "smartrecruiters/postings.json");
        boards.Fake.Serve($"{List}/743999912345678", "smartrecruiters/posting-743999912345678.json");
        boards.Fake.Serve($"{List}/743999912345680", "smartrecruiters/posting-743999912345680.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_company_maps_to_postings_with_the_job_ad_and_links_from_each_postings_detail()
    {
        var postings = await boards.FetchAsync(BoardType.SmartRecruiters, new BoardQuery("acmecorp"));

        var director = postings.Single(p => p.ExternalId == "743999912345678");
        Assert.Equal("Director, Customer Engagement", director.Title);
        Assert.Equal("Acme Corp", director.Company);
        Assert.Equal([new PostingLocation("San Francisco, CA, United States", "San Francisco", "CA", "US")], director.Locations);
        Assert.Equal(RemoteMode.Remote, director.Remote);
        Assert.Equal(EmploymentType.FullTime, director.EmploymentType);
        Assert.Null(director.Salary);
        Assert.Contains("<h3>Job Description</h3><p>Lead our customer engagement team using <strong>Salesforce</strong>.</p>", director.DescriptionHtml);
        Assert.Contains("<h3>Qualifications</h3><ul><li>10 years in customer success</li>", director.DescriptionHtml);
        Assert.DoesNotContain("<script", director.DescriptionHtml);
        Assert.DoesNotContain("track()", director.DescriptionHtml);
        Assert.Contains("Qualifications\n- 10 years in customer success\n- SQL reporting", director.DescriptionText);
        Assert.Equal("https://jobs.smartrecruiters.com/acmecorp/743999912345678-director-customer-engagement", director.Url);
        Assert.Equal("https://jobs.smartrecruiters.com/acmecorp/743999912345678-director-customer-engagement?oga=true", director.ApplyUrl);
        Assert.Equal(new DateTime(2026, 11, 19, 19, 36, 42, 346, DateTimeKind.Utc), director.PostedAt);
        Assert.Equal(["Customer Success", "Management"], director.Tags);
        Assert.Contains("Salesforce", director.Skills);
    }

    [Fact]
    public async Task Hybrid_and_on_site_come_from_the_location_flags()
    {
        var postings = await boards.FetchAsync(BoardType.SmartRecruiters, new BoardQuery("acmecorp"));

        var analyst = postings.Single(p => p.Title == "Data Analyst");
        Assert.Equal(RemoteMode.Hybrid, analyst.Remote);
        Assert.Equal(EmploymentType.Contract, analyst.EmploymentType);
        Assert.Equal([new PostingLocation("Kraków, Poland", "Kraków", null, "PL")], analyst.Locations);
        Assert.DoesNotContain("Company Description", analyst.DescriptionHtml);
        Assert.Equal(RemoteMode.Onsite, postings.Single(p => p.Title == "Warehouse Associate (Nights)").Remote);
    }

    [Fact]
    public async Task A_detail_that_fails_leaves_the_posting_to_the_lists_data()
    {
        var warehouse = (await boards.FetchAsync(BoardType.SmartRecruiters, new BoardQuery("acmecorp"))).Single(p => p.ExternalId == "743999912345679");

        Assert.Equal("Warehouse Associate (Nights)", warehouse.Title);
        Assert.Equal([new PostingLocation("Leipzig, Saxony, DE", "Leipzig", "Saxony", "DE")], warehouse.Locations);
        Assert.Equal(EmploymentType.PartTime, warehouse.EmploymentType);
        Assert.Null(warehouse.DescriptionHtml);
        Assert.Null(warehouse.Url);
        Assert.Equal(["Logistics"], warehouse.Tags);
    }

    [Fact]
    public async Task A_posting_without_a_name_is_skipped_counted_and_its_detail_not_asked_for()
    {
        var fetch = await boards.Board(BoardType.SmartRecruiters).FetchAsync(new BoardQuery("acmecorp"), CancellationToken.None);

        Assert.Equal(3, fetch.Postings.Count);
        Assert.Equal(1, fetch.Skipped);
        Assert.Equal(0, boards.Fake.Count($"{List}/743999912345681"));
    }

    [Fact]
    public async Task The_list_is_asked_for_at_the_postings_path_and_each_detail_at_its_own()
    {
        await boards.FetchAsync(BoardType.SmartRecruiters, new BoardQuery("acmecorp"));

        Assert.Equal(
            [$"{List}?limit=100&offset=0", $"{List}/743999912345678", $"{List}/743999912345679", $"{List}/743999912345680"],
            boards.Fake.Requests.Select(r => r.Path + r.Query));
    }

    [Fact]
    public async Task Pages_are_read_by_offset_until_total_found()
    {
        var first = JsonNode.Parse(FakeJobBoard.Fixture("smartrecruiters/postings.json"))!;
        first["totalFound"] = 6;
        boards.Fake.Text($"{List}?limit=100&offset=0", first.ToJsonString());
        boards.Fake.Text($"{List}?limit=100&offset=4", Page(4, 6, ["900000000000001", "900000000000002"]));

        var fetch = await boards.Board(BoardType.SmartRecruiters).FetchAsync(new BoardQuery("acmecorp"), CancellationToken.None);

        Assert.Equal(5, fetch.Postings.Count);
        Assert.Equal(["?limit=100&offset=0", "?limit=100&offset=4"], boards.Fake.Requests.Where(r => r.Path == List).Select(r => r.Query));
    }

    [Fact]
    public async Task Details_are_read_for_the_first_hundred_postings_only()
    {
        var ids = Enumerable.Range(0, 130).Select(i => $"8000000000{i:D5}").ToList();
        boards.Fake.Text(List, Page(0, ids.Count, ids));

        var fetch = await boards.Board(BoardType.SmartRecruiters).FetchAsync(new BoardQuery("acmecorp"), CancellationToken.None);

        Assert.Equal(130, fetch.Postings.Count);
        Assert.Equal(SmartRecruitersBoard.MaxDetails, boards.Fake.Requests.Count(r => r.Path.StartsWith(List + "/", StringComparison.Ordinal)));
        Assert.Equal(0, boards.Fake.Count($"{List}/{ids[^1]}"));
    }

    [Fact]
    public async Task A_configured_token_is_sent_with_every_request()
    {
        var withToken = new BoardHarness();
        withToken.Settings["Sources:SmartRecruiters:ApiKey"] = "operator-token";
        await withToken.InitializeAsync();
        try
        {
            var tokens = new List<string>();
            var list = FakeJobBoard.Fixture("smartrecruiters/postings.json");
            withToken.Fake.On(List, async context =>
            {
                tokens.Add(context.Request.Headers["X-SmartToken"].ToString());
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(list);
            });

            await withToken.Board(BoardType.SmartRecruiters).FetchAsync(new BoardQuery("acmecorp"), CancellationToken.None);

            Assert.Equal(["operator-token"], tokens);
        }
        finally
        {
            await withToken.DisposeAsync();
        }
    }

    private static string Page(int offset, int total, IEnumerable<string> ids) => new JsonObject
    {
        ["offset"] = offset,
        ["limit"] = 100,
        ["totalFound"] = total,
        ["content"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject
        {
            ["id"] = id,
            ["name"] = $"Store Associate {id}",
            ["company"] = new JsonObject { ["identifier"] = "acmecorp", ["name"] = "Acme Corp" },
            ["releasedDate"] = "2026-11-22T08:00:00.000Z",
            ["location"] = new JsonObject { ["city"] = "Leipzig", ["country"] = "de", ["remote"] = false },
        }).ToArray()),
    }.ToJsonString();
}
