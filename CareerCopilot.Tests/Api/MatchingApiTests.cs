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

public sealed class SkillCanonicalisationApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Profile_skills_are_stored_under_the_catalogues_names()
    {
        var api = await app.ApiAsync();
        var profile = await JsonAsync(await api.PutAsJsonAsync("/api/v1/profile", new
        {
            skills = new[] { "k8s", "postgres", "c#", "golang", "aws", "azure", "gcp", "dotnet", "nodejs", "Kubernetes", " Our DSL " },
        }));
        Assert.Equal(["Kubernetes", "PostgreSQL", "C#", "Go", "Amazon Web Services", "Microsoft Azure", "Google Cloud", ".NET", "Node.js", "Our DSL"],
            profile.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_jobs_stack_is_canonicalised_or_extracted_from_its_text_when_not_given()
    {
        var api = await app.ApiAsync();
        var given = await JsonAsync(await api.PostAsJsonAsync("/api/v1/jobs", new { company = "A", title = "T", tech_stack = new[] { "k8s", "Kubernetes", "postgres" } }), HttpStatusCode.Created);
        Assert.Equal(["Kubernetes", "PostgreSQL"], given.GetProperty("tech_stack").EnumerateArray().Select(s => s.GetString()));

        var extracted = await JsonAsync(await api.PostAsJsonAsync("/api/v1/jobs", new
        {
            company = "B", title = "Backend engineer",
            description = "You will go to market with us. Our services are written in Go/Postgres/k8s.",
            responsibilities = "Own CI/CD on Google Cloud.",
        }), HttpStatusCode.Created);
        Assert.Equal(["Go", "PostgreSQL", "Kubernetes", "CI/CD", "Google Cloud"], extracted.GetProperty("tech_stack").EnumerateArray().Select(s => s.GetString()));

        var id = given.GetProperty("id").GetInt32();
        var updated = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/jobs/{id}", new { description = "Rust and C++ only." }));
        Assert.Equal(["Kubernetes", "PostgreSQL"], updated.GetProperty("tech_stack").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Only_a_request_that_brings_text_and_no_skills_has_them_extracted()
    {
        var api = await app.ApiAsync();
        async Task<string[]> StackAsync(HttpResponseMessage response) =>
            (await JsonAsync(response)).GetProperty("tech_stack").EnumerateArray().Select(s => s.GetString()!).ToArray();
        var created = await api.PostAsJsonAsync("/api/v1/jobs", new { company = "A", title = "T", description = "Python and Go services.", tech_stack = new[] { "Rust" } });
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.Equal(["Rust"], (await JsonAsync(await api.GetAsync($"/api/v1/jobs/{id}"))).GetProperty("tech_stack").EnumerateArray().Select(s => s.GetString()));

        Assert.Empty(await StackAsync(await api.PutAsJsonAsync($"/api/v1/jobs/{id}", new { tech_stack = Array.Empty<string>() })));
        Assert.Empty(await StackAsync(await api.PutAsJsonAsync($"/api/v1/jobs/{id}", new { status = "applied" })));
        Assert.Equal(["Django", "PostgreSQL"], await StackAsync(await api.PutAsJsonAsync($"/api/v1/jobs/{id}", new { description = "Django and PostgreSQL." })));
    }

    [Fact]
    public async Task Hostile_descriptions_are_refused_or_read_without_harm()
    {
        var api = await app.ApiAsync();
        var tooLong = await api.PostAsJsonAsync("/api/v1/jobs", new { company = "A", title = "T", description = new string('x', 25_000) });
        Assert.Contains("description", (await ProblemAsync(tooLong, HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors").EnumerateObject().Select(p => p.Name));

        // One 18,000-character word of dashes, and one of descriptive suffixes: both are read in linear time, without recursion.
        foreach (var word in new[] { "a" + new string('-', 18_000), "Go" + string.Concat(Enumerable.Repeat("-based", 3_000)) })
        {
            var response = await api.PostAsJsonAsync("/api/v1/jobs", new { company = "A", title = "T", description = $"Python. {word}" });
            Assert.Equal(["Python"], (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("tech_stack").EnumerateArray().Select(s => s.GetString()));
        }
    }
}
