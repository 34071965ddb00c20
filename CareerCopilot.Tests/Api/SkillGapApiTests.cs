using System.Net.Http.Json;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class SkillGapApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_gap_counts_the_users_jobs_and_says_why_to_learn_each_skill()
    {
        var api = await app.ApiAsync();
        await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new { skills = new[] { "C#", "SQL" } }));
        await CreateJobAsync(api, new { company = "A", title = "T", tech_stack = new[] { "C#", "k8s", "golang" } });
        await CreateJobAsync(api, new { company = "B", title = "T", tech_stack = new[] { "c#", "Kubernetes" } });
        await CreateJobAsync(api, new { company = "C", title = "T", tech_stack = new[] { "C#", "SQL" } });
        await CreateJobAsync(api, new { company = "D", title = "T", tech_stack = new[] { "Go", "Kubernetes" } });

        var gap = await JsonAsync(await api.GetAsync("/api/v1/skill-gap"));

        Assert.Equal(["C#", "SQL"], gap.GetProperty("user_skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([("C#", 3), ("Kubernetes", 3), ("Go", 2), ("SQL", 1)], Pairs(gap.GetProperty("top_market_skills")));
        Assert.Equal([("Kubernetes", 3), ("Go", 2)], Pairs(gap.GetProperty("missing_skills")));
        Assert.Equal(50.0, gap.GetProperty("skill_coverage_percentage").GetDouble());
        var first = gap.GetProperty("recommendations")[0];
        Assert.Equal("Kubernetes", first.GetProperty("skill").GetString());
        Assert.Equal(3, first.GetProperty("count").GetInt32());
        Assert.StartsWith("3 of your 4 jobs ask for Kubernetes (75%).", first.GetProperty("reason").GetString());
        Assert.Equal(3, first.GetProperty("jobs_scoring_higher").GetInt32());
    }

    [Fact]
    public async Task With_no_jobs_every_list_is_empty_and_coverage_is_zero()
    {
        var gap = await JsonAsync(await (await app.ApiAsync()).GetAsync("/api/v1/skill-gap"));
        foreach (var list in new[] { "user_skills", "missing_skills", "top_market_skills", "recommendations" })
            Assert.Empty(gap.GetProperty(list).EnumerateArray());
        Assert.Equal(0, gap.GetProperty("skill_coverage_percentage").GetDouble());
    }

    private static (string?, int)[] Pairs(JsonElement list) =>
        list.EnumerateArray().Select(e => (e.GetProperty("skill").GetString(), e.GetProperty("count").GetInt32())).ToArray();
}
