using System.Net;
using System.Net.Http.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

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
