using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CareerCopilot.Tests.Api;

public static class ApiAssert
{
    /// <summary>An RFC 7807 body with the API's error code, a timestamp, and nothing about the code inside.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(errorCode, problem.GetProperty("error_code").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        Assert.True(DateTimeOffset.TryParse(problem.GetProperty("timestamp").GetString(), out _));
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        return problem;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static string[] Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static async Task<int> CreateJobAsync(HttpClient api, object job) =>
        (await JsonAsync(await api.PostAsJsonAsync("/api/v1/jobs", job), HttpStatusCode.Created)).GetProperty("id").GetInt32();
}
