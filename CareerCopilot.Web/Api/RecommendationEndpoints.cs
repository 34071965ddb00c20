using System.Text.Json.Serialization;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class RecommendationEndpoints
{
    /// <summary>A job's own fields, then its score, the score's unrounded parts, and the reasons for them.</summary>
    public sealed record RecommendationResponse : JobEndpoints.JobResponse
    {
        public RecommendationResponse(Recommendation r) : base(From(r.Job))
        {
            MatchScore = r.Match.Score;
            MatchBreakdown = r.Match.Breakdown;
            MatchedSkills = r.Why.MatchedSkills;
            MissingSkills = r.Why.MissingSkills;
            MatchReasons = new Reasons(r.Why.Skills, r.Why.Location, r.Why.Experience);
        }

        [JsonPropertyOrder(1)] public int MatchScore { get; init; }
        [JsonPropertyOrder(1)] public MatchBreakdown MatchBreakdown { get; init; }
        [JsonPropertyOrder(1)] public IReadOnlyList<string> MatchedSkills { get; init; }
        [JsonPropertyOrder(1)] public IReadOnlyList<string> MissingSkills { get; init; }
        [JsonPropertyOrder(1)] public Reasons MatchReasons { get; init; }
    }

    public sealed record Reasons(string Skills, string Location, string Experience);

    public static void MapRecommendations(this RouteGroupBuilder api)
    {
        api.MapGet("/recommendations", async (int? limit, HttpContext http, Recommender recommender, CancellationToken ct) =>
        {
            var items = await recommender.ListAsync(http.User.UserId(), Recommender.ParseLimit(limit), ct);
            return TypedResults.Ok(new ItemList<RecommendationResponse>(items.Select(r => new RecommendationResponse(r)).ToList()));
        }).WithTags("Recommendations");
    }
}
