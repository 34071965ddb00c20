using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class RecommendationsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task SetProfileAsync(HttpClient api, string[] skills, string[] locations, string? level) =>
        await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { skills, preferred_locations = locations, experience_level = level }));

    private static async Task<JsonElement[]> RecommendationsAsync(HttpClient api, string query = "") =>
        (await JsonAsync(await api.GetAsync("/api/v1/recommendations" + query))).GetProperty("items").EnumerateArray().ToArray();

    [Fact]
    public async Task Open_jobs_are_ranked_by_the_documented_score_with_reasons()
    {
        var api = await app.ApiAsync();
        await SetProfileAsync(api, ["c#", "postgres", "k8s"], ["Berlin", "Remote"], "senior");
        var berlin = await CreateJobAsync(api, new
        {
            company = "Contoso", title = "Senior Backend Engineer", location = "Berlin, Germany", remote = "hybrid", experience_level = "senior",
            tech_stack = new[] { "C#", "PostgreSQL", "Azure" },
        });
        var remote = await CreateJobAsync(api, new
        {
            company = "Fabrikam", title = "Lead Engineer", location = "Anywhere", remote = "remote", experience_level = "lead",
            tech_stack = new[] { "Go", "Kubernetes" },
        });
        var nothing = await CreateJobAsync(api, new { company = "Tailspin", title = "Intern", experience_level = "intern", location = "Paris" });
        var applied = await CreateJobAsync(api, new { company = "Northwind", title = "Same", tech_stack = new[] { "C#" }, status = "applied" });

        var items = await RecommendationsAsync(api);

        Assert.Equal([berlin, remote, nothing], items.Select(i => i.GetProperty("id").GetInt32()));
        var first = items[0];
        Assert.Equal("Contoso", first.GetProperty("company").GetString());
        Assert.Equal(["C#", "PostgreSQL", "Microsoft Azure"], first.GetProperty("tech_stack").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(83, first.GetProperty("match_score").GetInt32()); // 33.33 + 30 + 20
        var parts = first.GetProperty("match_breakdown");
        Assert.Equal(100.0 / 3, parts.GetProperty("skills").GetDouble(), 9);
        Assert.Equal(30, parts.GetProperty("location").GetDouble());
        Assert.Equal(20, parts.GetProperty("experience").GetDouble());
        Assert.Equal(["C#", "PostgreSQL"], first.GetProperty("matched_skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["Microsoft Azure"], first.GetProperty("missing_skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("Berlin, Germany is one of your preferred locations", first.GetProperty("match_reasons").GetProperty("location").GetString());
        Assert.Contains("your level", first.GetProperty("match_reasons").GetProperty("experience").GetString());

        Assert.Equal(65, items[1].GetProperty("match_score").GetInt32()); // 25 + 30 + 10 (neighbour)
        Assert.Equal(0, items[2].GetProperty("match_score").GetInt32()); // no skills, wrong place, three levels apart
        Assert.DoesNotContain(items, i => i.GetProperty("id").GetInt32() == applied);
    }

    [Fact]
    public async Task Limit_defaults_to_ten_and_is_bounded()
    {
        var api = await app.ApiAsync();
        for (var i = 0; i < 12; i++) await CreateJobAsync(api, new { company = $"C{i}", title = "T" });

        Assert.Equal(10, (await RecommendationsAsync(api)).Length);
        Assert.Equal(3, (await RecommendationsAsync(api, "?limit=3")).Length);
        Assert.Equal(12, (await RecommendationsAsync(api, "?limit=100")).Length);
        var problem = await ProblemAsync(await api.GetAsync("/api/v1/recommendations?limit=101"), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("limit", Errors(problem, "limit")[0]);
        await ProblemAsync(await api.GetAsync("/api/v1/recommendations?limit=0"), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/recommendations?limit=lots")).StatusCode);
    }

    [Fact]
    public async Task Ties_go_to_the_newer_job()
    {
        var api = await app.ApiAsync();
        var older = await CreateJobAsync(api, new { company = "Old", title = "T", tech_stack = new[] { "Rust" } });
        var newer = await CreateJobAsync(api, new { company = "New", title = "T", tech_stack = new[] { "Rust" } });
        Assert.Equal([newer, older], (await RecommendationsAsync(api)).Select(i => i.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task A_stale_score_is_never_served_after_the_profile_or_a_job_changes()
    {
        var api = await app.ApiAsync();
        var id = await CreateJobAsync(api, new { company = "Contoso", title = "Dev", tech_stack = new[] { "C#", "Go" }, location = "Berlin" });
        async Task<int> ScoreAsync() => (await RecommendationsAsync(api)).Single(i => i.GetProperty("id").GetInt32() == id).GetProperty("match_score").GetInt32();

        Assert.Equal(10, await ScoreAsync());
        Assert.Equal(10, await ScoreAsync()); // served from the cache

        await SetProfileAsync(api, ["C#"], [], null);
        Assert.Equal(35, await ScoreAsync());

        await JsonAsync(await api.PutAsJsonAsync($"/api/v1/jobs/{id}", new { tech_stack = new[] { "C#" } }));
        Assert.Equal(60, await ScoreAsync());

        await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { preferred_locations = new[] { "berlin" } }));
        Assert.Equal(90, await ScoreAsync());

        var gap = await JsonAsync(await api.GetAsync("/api/v1/skill-gap"));
        Assert.Equal(100.0, gap.GetProperty("skill_coverage_percentage").GetDouble());
        await CreateJobAsync(api, new { company = "Other", title = "Dev", tech_stack = new[] { "Go" } });
        gap = await JsonAsync(await api.GetAsync("/api/v1/skill-gap"));
        Assert.Equal(50.0, gap.GetProperty("skill_coverage_percentage").GetDouble());

        (await api.DeleteAsync($"/api/v1/jobs/{id}")).EnsureSuccessStatusCode();
        Assert.DoesNotContain(await RecommendationsAsync(api), i => i.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task The_jobs_list_sorts_by_the_same_score()
    {
        var api = await app.ApiAsync();
        await SetProfileAsync(api, ["Rust"], [], null);
        var none = await CreateJobAsync(api, new { company = "None", title = "T", tech_stack = new[] { "Go" } });
        var all = await CreateJobAsync(api, new { company = "All", title = "T", tech_stack = new[] { "Rust" } });
        var half = await CreateJobAsync(api, new { company = "Half", title = "T", tech_stack = new[] { "Rust", "Go" } });
        async Task<int[]> IdsAsync(string sort) => (await JsonAsync(await api.GetAsync($"/api/v1/jobs?sort={sort}"))).GetProperty("items")
            .EnumerateArray().Select(j => j.GetProperty("id").GetInt32()).ToArray();

        Assert.Equal([all, half, none], await IdsAsync("score"));
        Assert.Equal([none, half, all], await IdsAsync("score_asc"));
    }

    [Fact]
    public async Task Another_users_jobs_are_never_ranked()
    {
        var ana = await app.ApiAsync();
        var ben = await app.ApiAsync();
        await CreateJobAsync(ana, new { company = "Mine", title = "T", tech_stack = new[] { "C#" } });
        Assert.Empty(await RecommendationsAsync(ben));
        Assert.Empty((await JsonAsync(await ben.GetAsync("/api/v1/skill-gap"))).GetProperty("top_market_skills").EnumerateArray());
        Assert.Equal(0, (await JsonAsync(await ben.GetAsync("/api/v1/analytics/summary"))).GetProperty("total_jobs").GetInt32());
    }
}
