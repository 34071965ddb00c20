using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class ProfileEndpoints
{
    public sealed record ProfileRequest(
        string? FullName, List<string>? Skills, List<string>? PreferredLocations, string? ExperienceLevel, string? TimeZone,
        bool? MorningDigest, bool? EveningDigest, int? AlertMinScore);

    public sealed record ProfileResponse(
        string Email, string? FullName, IReadOnlyList<string> Skills, IReadOnlyList<string> PreferredLocations,
        ExperienceLevel? ExperienceLevel, string TimeZone, bool MorningDigest, bool EveningDigest, int AlertMinScore)
    {
        public static ProfileResponse From(ProfileView p) => new(p.Email, p.FullName, p.Skills, p.PreferredLocations,
            p.ExperienceLevel, p.TimeZone, p.MorningDigest, p.EveningDigest, p.AlertMinScore);
    }

    public static void MapProfile(this RouteGroupBuilder api)
    {
        var profile = api.MapGroup("/profile").WithTags("Profile");
        profile.MapGet("", async (HttpContext http, ProfileService profiles, CancellationToken ct) =>
            TypedResults.Ok(ProfileResponse.From(await profiles.GetAsync(http.User.UserId(), ct))));
        profile.MapPut("", UpdateAsync).Accepts<ProfileRequest>("application/json").Produces<ProfileResponse>();
    }

    private static async Task<IResult> UpdateAsync(HttpRequest request, ProfileService profiles, CancellationToken ct)
    {
        var (body, present) = await JsonBody.ReadAsync<ProfileRequest>(request, ct);
        var fields = new ProfileFields
        {
            FullName = body.FullName, Skills = body.Skills, PreferredLocations = body.PreferredLocations,
            ExperienceLevel = body.ExperienceLevel, TimeZone = body.TimeZone, MorningDigest = body.MorningDigest,
            EveningDigest = body.EveningDigest, AlertMinScore = body.AlertMinScore, Present = present,
        };
        return TypedResults.Ok(ProfileResponse.From(await profiles.UpdateAsync(request.HttpContext.User.UserId(), fields, ct)));
    }
}
