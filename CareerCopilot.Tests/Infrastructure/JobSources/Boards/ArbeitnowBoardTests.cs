using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Infrastructure.JobSources.Boards;

public sealed class ArbeitnowBoardTests : IAsyncLifetime
{
    private readonly BoardHarness boards = new();

    public async Task InitializeAsync()
    {
        await boards.InitializeAsync();
        boards.Fake.Serve("/api/job-board-api?page=1", "arbeitnow/page-1.json")
            .Serve("/api/job-board-api?page=2", "arbeitnow/page-2.json")
            .Serve("/api/job-board-api?page=3", "arbeitnow/page-3.json");
    }

    public Task DisposeAsync() => boards.DisposeAsync();

    [Fact]
    public async Task A_job_maps_with_its_slug_as_id_and_created_at_in_unix_seconds()
    {
        var postings = await boards.FetchAsync(BoardType.Arbeitnow, new BoardQuery());

        var backend = postings.Single(p => p.ExternalId == "backend-developer-m-w-d-berlin-acme-123");
        Assert.Equal("Backend Developer (m/w/d)", backend.Title);
        Assert.Equal("Acme GmbH", backend.Company);
        Assert.Equal(["Berlin"], backend.Locations.Select(l => l.Raw));
        Assert.Equal(RemoteMode.Onsite, backend.Remote);
        Assert.Equal(EmploymentType.FullTime, backend.EmploymentType);
        Assert.Null(backend.Salary);
        Assert.Contains("<strong>PHP</strong>", backend.DescriptionHtml);
        Assert.DoesNotContain("<img", backend.DescriptionHtml);
        Assert.DoesNotContain("onerror", backend.DescriptionHtml);
        Assert.Contains("- MySQL", backend.DescriptionText);
        Assert.Equal("https://www.arbeitnow.com/jobs/companies/acme-gmbh/backend-developer-m-w-d-berlin-acme-123", backend.Url);
        Assert.Equal(backend.Url, backend.ApplyUrl);
        Assert.Equal(new DateTime(2025, 11, 29, 8, 0, 0, DateTimeKind.Utc), backend.PostedAt);
        Assert.Equal(["PHP", "Laravel"], backend.Tags);
        Assert.Superset(new HashSet<string> { "PHP", "Laravel", "MySQL", "Redis" }, backend.Skills.ToHashSet());
    }

    [Fact]
    public async Task A_created_at_sent_as_a_string_and_the_remote_flag_are_read()
    {
        var postings = await boards.FetchAsync(BoardType.Arbeitnow, new BoardQuery());

        var frontend = postings.Single(p => p.ExternalId == "frontend-engineer-remote-zeta-456");
        Assert.Equal(new DateTime(2025, 11, 28, 8, 0, 0, DateTimeKind.Utc), frontend.PostedAt);
        Assert.Equal(RemoteMode.Remote, frontend.Remote);
        Assert.Equal(EmploymentType.PartTime, frontend.EmploymentType);
        var student = postings.Single(p => p.ExternalId == "werkstudent-data-munich-gamma-789");
        Assert.Equal(RemoteMode.Hybrid, student.Remote);
        Assert.Equal(EmploymentType.Internship, student.EmploymentType);
    }

    [Fact]
    public async Task Pages_are_followed_by_their_next_link_and_one_naming_another_host_is_rebased_onto_the_board()
    {
        var postings = await boards.FetchAsync(BoardType.Arbeitnow, new BoardQuery());

        Assert.Equal(3, postings.Count);
        var requests = boards.Fake.Requests.ToList();
        Assert.Equal(["?page=1", "?page=2", "?page=3"], requests.Select(r => r.Query));
        Assert.All(requests, r => Assert.Equal("/api/job-board-api", r.Path));
    }

    [Fact]
    public async Task Paging_stops_at_the_page_limit()
    {
        var limited = new BoardHarness();
        limited.Settings["Ingestion:MaxPages"] = "2";
        await limited.InitializeAsync();
        try
        {
            limited.Fake.Serve("/api/job-board-api?page=1", "arbeitnow/page-1.json").Serve("/api/job-board-api?page=2", "arbeitnow/page-2.json");

            var postings = await limited.FetchAsync(BoardType.Arbeitnow, new BoardQuery());

            Assert.Equal(3, postings.Count);
            Assert.Equal(2, limited.Fake.Requests.Count);
        }
        finally
        {
            await limited.DisposeAsync();
        }
    }
}
