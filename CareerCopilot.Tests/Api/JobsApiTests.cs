using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareerCopilot.Tests.Infrastructure;
using static CareerCopilot.Tests.Api.ApiAssert;

namespace CareerCopilot.Tests.Api;

public sealed class JobsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static object Contoso => new
    {
        company = "Contoso", title = "Senior Backend Engineer", location = "Berlin, Germany", remote = "hybrid",
        employment_type = "full_time", experience_level = "senior", tech_stack = new[] { "C#", "PostgreSQL", " c# " },
        responsibilities = "Own the billing service", url = "https://jobs.example.test/1", salary_min = 70000, salary_max = 90000,
        salary_currency = "eur", salary_period = "year",
    };

    [Fact]
    public async Task Create_answers_201_with_the_job_and_its_location()
    {
        var api = await app.ApiAsync();
        var response = await api.PostAsJsonAsync("/api/v1/jobs", Contoso);
        var job = await JsonAsync(response, HttpStatusCode.Created);

        Assert.Equal($"/api/v1/jobs/{job.GetProperty("id").GetInt32()}", response.Headers.Location?.OriginalString);
        Assert.Equal("Contoso", job.GetProperty("company").GetString());
        Assert.Equal("hybrid", job.GetProperty("remote").GetString());
        Assert.Equal("full_time", job.GetProperty("employment_type").GetString());
        Assert.Equal(["C#", "PostgreSQL"], job.GetProperty("tech_stack").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("EUR", job.GetProperty("salary_currency").GetString());
        Assert.Equal("not_applied", job.GetProperty("status").GetString());
        Assert.Equal("manual", job.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("date_applied").ValueKind);
        Assert.Equal(app.Clock.GetUtcNow(), job.GetProperty("created_at").GetDateTimeOffset());
        Assert.Equal(job.ToString(), (await JsonAsync(await api.GetAsync(response.Headers.Location))).ToString());
    }

    [Theory]
    [InlineData("{\"title\":\"Engineer\"}", "company")]
    [InlineData("{\"company\":\"   \",\"title\":\"Engineer\"}", "company")]
    [InlineData("{\"company\":\"Contoso\"}", "title")]
    [InlineData("{\"company\":\"Contoso\",\"title\":\"Engineer\",\"remote\":\"sometimes\"}", "remote")]
    [InlineData("{\"company\":\"Contoso\",\"title\":\"Engineer\",\"status\":\"hired\"}", "status")]
    [InlineData("{\"company\":\"Contoso\",\"title\":\"Engineer\",\"employment_type\":\"gig\"}", "employment_type")]
    [InlineData("{\"company\":\"Contoso\",\"title\":\"Engineer\",\"url\":\"javascript:alert(1)\"}", "url")]
    [InlineData("{\"company\":\"Contoso\",\"title\":\"Engineer\",\"salary_min\":9,\"salary_max\":1}", "salary_max")]
    public async Task Invalid_jobs_are_400_naming_the_field_and_nothing_is_stored(string json, string field)
    {
        var api = await app.ApiAsync();
        var response = await api.PostAsync("/api/v1/jobs", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotEmpty(Errors(problem, field));
        Assert.Equal(0, (await JsonAsync(await api.GetAsync("/api/v1/jobs"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Names_over_200_characters_are_refused()
    {
        var api = await app.ApiAsync();
        var problem = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/jobs", new { company = new string('c', 201), title = "Engineer" }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("200", Errors(problem, "company")[0]);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/jobs", new { company = new string('c', 200), title = "Engineer" })).StatusCode);
    }

    [Fact]
    public async Task A_wrongly_typed_value_is_a_400_at_its_path()
    {
        var api = await app.ApiAsync();
        var response = await api.PostAsync("/api/v1/jobs", new StringContent("{\"company\":\"A\",\"title\":\"B\",\"salary_min\":\"lots\"}", Encoding.UTF8, "application/json"));
        Assert.NotEmpty(Errors(await ProblemAsync(response, HttpStatusCode.BadRequest, "malformed_json"), "salary_min"));
    }

    [Fact]
    public async Task Oversized_bodies_are_413_and_other_media_types_415()
    {
        var api = await app.ApiAsync();
        var huge = JsonSerializer.Serialize(new { company = "A", title = "B", description = new string('x', 300_000) });
        await ProblemAsync(await api.PostAsync("/api/v1/jobs", new StringContent(huge, Encoding.UTF8, "application/json")),
            HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        await ProblemAsync(await api.PostAsync("/api/v1/jobs", new StringContent("company=A", Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task The_list_is_paged_searched_filtered_and_sorted()
    {
        var api = await app.ApiAsync();
        await CreateJobAsync(api, new { company = "Zeta", title = "Go Developer", tech_stack = new[] { "Go" }, remote = "remote" });
        await CreateJobAsync(api, new { company = "Alpha", title = "Data Engineer", location = "Lisbon", tech_stack = new[] { "Python" } });
        await CreateJobAsync(api, new { company = "Émeraude", title = "Analyst", location = "Zürich" });
        await CreateJobAsync(api, new { company = "Mid", title = "Backend", tech_stack = new[] { "Kubernetes" }, status = "interview" });
        for (var i = 0; i < 22; i++) await CreateJobAsync(api, new { company = $"Filler {i:00}", title = "Clerk" });

        var first = await JsonAsync(await api.GetAsync("/api/v1/jobs?page=1&page_size=10"));
        Assert.Equal(26, first.GetProperty("total").GetInt32());
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        Assert.Equal("Filler 21", first.GetProperty("items")[0].GetProperty("company").GetString());
        var last = await JsonAsync(await api.GetAsync("/api/v1/jobs?page=3&page_size=10"));
        Assert.Equal(6, last.GetProperty("items").GetArrayLength());
        Assert.Equal(["Émeraude"], Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?q=Z%C3%9CRICH"))));

        var one = await JsonAsync(await api.GetAsync("/api/v1/jobs?q=kubern"));
        Assert.Equal(["Mid"], Companies(one));
        Assert.Equal(1, one.GetProperty("total").GetInt32());
        Assert.Equal(22, (await JsonAsync(await api.GetAsync("/api/v1/jobs?q=filler&page=2&page_size=20"))).GetProperty("total").GetInt32());
        Assert.Equal(["Alpha"], Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?q=lisbon"))));
        Assert.Equal(["Zeta"], Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?q=go%20dev"))));
        Assert.Equal(["Mid"], Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?status=interview"))));
        Assert.Equal(["Zeta"], Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?remote=remote"))));
        Assert.Empty(Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?q=%25"))));
        Assert.Empty(Companies(await JsonAsync(await api.GetAsync($"/api/v1/jobs?q={new string('x', 5000)}"))));
        Assert.Equal("Alpha", Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?sort=company")))[0]);
        Assert.Equal("Zeta", Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?sort=created_asc")))[0]);
        Assert.Equal("Mid", Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?sort=status_desc")))[0]);
    }

    [Fact]
    public async Task The_list_sorts_by_location_and_salary_with_the_jobs_lacking_them_last_both_ways()
    {
        var api = await app.ApiAsync();
        await CreateJobAsync(api, new { company = "Low", title = "T", location = "lisbon", salary_min = 30000, salary_max = 45000 });
        await CreateJobAsync(api, new { company = "None", title = "T" });
        await CreateJobAsync(api, new { company = "MinOnly", title = "T", location = "Amsterdam", salary_min = 80000 });
        await CreateJobAsync(api, new { company = "MaxOnly", title = "T", location = "Berlin", salary_max = 60000 });

        Assert.Equal(["Low", "MaxOnly", "MinOnly", "None"], Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?sort=salary"))));
        Assert.Equal(["MinOnly", "MaxOnly", "Low", "None"], Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?sort=salary_desc"))));
        Assert.Equal(["MinOnly", "MaxOnly", "Low", "None"], Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?sort=location"))));
        Assert.Equal(["Low", "MaxOnly", "MinOnly", "None"], Companies(await JsonAsync(await api.GetAsync("/api/v1/jobs?sort=location_desc"))));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page_size=101")]
    [InlineData("status=hired")]
    [InlineData("sort=wage")]
    public async Task Bad_list_parameters_are_400(string query)
    {
        var api = await app.ApiAsync();
        await ProblemAsync(await api.GetAsync($"/api/v1/jobs?{query}"), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Put_changes_only_the_given_fields_and_moves_updated_at()
    {
        var api = await app.ApiAsync();
        var id = await CreateJobAsync(api, Contoso);
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var job = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/jobs/{id}", new { title = "Staff Engineer", location = (string?)null }));

        Assert.Equal("Staff Engineer", job.GetProperty("title").GetString());
        Assert.Equal("Contoso", job.GetProperty("company").GetString());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("location").ValueKind);
        Assert.Equal(70000, job.GetProperty("salary_min").GetInt32());
        Assert.True(job.GetProperty("updated_at").GetDateTimeOffset() > job.GetProperty("created_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Setting_status_to_applied_sets_date_applied_to_today_in_the_users_time_zone()
    {
        await using var own = new AppFactory();
        own.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 0, 30, 0, TimeSpan.Zero).AddDays(1));
        var api = await own.ApiAsync();
        await api.PutAsJsonAsync("/api/v1/profile", new { time_zone = "America/Los_Angeles" });
        var id = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });

        var job = await JsonAsync(await api.PutAsJsonAsync($"/api/v1/jobs/{id}", new { status = "applied" }));

        Assert.Equal("applied", job.GetProperty("status").GetString());
        Assert.Equal("2026-11-27", job.GetProperty("date_applied").GetString());
        Assert.True(job.GetProperty("application_id").GetInt32() > 0);
    }

    [Fact]
    public async Task Delete_answers_204_and_the_job_and_its_application_are_gone()
    {
        var api = await app.ApiAsync();
        var id = await CreateJobAsync(api, new { company = "Contoso", title = "Engineer" });
        var application = await JsonAsync(await api.PostAsJsonAsync("/api/v1/applications", new { job_id = id }), HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/jobs/{id}")).StatusCode);
        await ProblemAsync(await api.GetAsync($"/api/v1/jobs/{id}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await api.GetAsync($"/api/v1/applications/{application.GetProperty("id").GetInt32()}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await api.DeleteAsync($"/api/v1/jobs/{id}"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Another_users_job_is_404_for_every_verb_and_never_listed()
    {
        var ana = await app.ApiAsync();
        var bob = await app.ApiAsync();
        var id = await CreateJobAsync(ana, new { company = "Ana's Secret Co", title = "Engineer" });

        await ProblemAsync(await bob.GetAsync($"/api/v1/jobs/{id}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await bob.PutAsJsonAsync($"/api/v1/jobs/{id}", new { title = "Hacked" }), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await bob.DeleteAsync($"/api/v1/jobs/{id}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await bob.PostAsJsonAsync("/api/v1/applications", new { job_id = id }), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(0, (await JsonAsync(await bob.GetAsync("/api/v1/jobs?q=secret"))).GetProperty("total").GetInt32());

        var still = await JsonAsync(await ana.GetAsync($"/api/v1/jobs/{id}"));
        Assert.Equal("Engineer", still.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Unknown_routes_and_methods_under_the_api_are_problems()
    {
        var api = await app.ApiAsync();
        await ProblemAsync(await api.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound, "not_found");
        await ProblemAsync(await api.PatchAsync("/api/v1/jobs", JsonContent.Create(new { })), HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    private static string[] Companies(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("company").GetString()!).ToArray();

    [Fact]
    public async Task Jobs_sort_by_deadline_soonest_first_with_jobs_without_one_last()
    {
        var api = await app.ApiAsync();
        var none = await CreateJobAsync(api, new { company = "None", title = "Engineer" });
        var late = await CreateJobAsync(api, new { company = "Late", title = "Engineer", deadline = "2026-12-20" });
        var soon = await CreateJobAsync(api, new { company = "Soon", title = "Engineer", deadline = "2026-12-01" });

        var ids = (await JsonAsync(await api.GetAsync("/api/v1/jobs?sort=deadline"))).GetProperty("items").EnumerateArray()
            .Select(j => j.GetProperty("id").GetInt32()).ToArray();
        var desc = (await JsonAsync(await api.GetAsync("/api/v1/jobs?sort=deadline_desc"))).GetProperty("items").EnumerateArray()
            .Select(j => j.GetProperty("id").GetInt32()).ToArray();

        Assert.Equal([soon, late, none], ids);
        Assert.Equal([late, soon, none], desc);
        var job = await JsonAsync(await api.GetAsync($"/api/v1/jobs/{soon}"));
        Assert.Equal("2026-12-01", job.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task A_deadline_no_one_can_mean_is_400_with_a_field_error()
    {
        var api = await app.ApiAsync();
        var problem = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/jobs", new { company = "Contoso", title = "Engineer", deadline = "0226-12-01" }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Single(Errors(problem, "deadline"));
        await ProblemAsync(await api.PostAsJsonAsync("/api/v1/jobs", new { company = "Contoso", title = "Engineer", deadline = "soon" }),
            HttpStatusCode.BadRequest, "malformed_json");
    }
}
