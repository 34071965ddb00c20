using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class ProfileEndpoints
{
    public sealed record ProfileResponse(
        string Email, string? FullName, IReadOnlyList<string> Skills, IReadOnlyList<string> PreferredLocations,
        ExperienceLevel? ExperienceLevel, string TimeZone, bool MorningDigest, bool EveningDigest, int AlertMinScore,
        int? QuietHoursStart, int? QuietHoursEnd)
    {
        public static ProfileResponse From(ProfileView p) => new(p.Email, p.FullName, p.Skills, p.PreferredLocations,
            p.ExperienceLevel, p.TimeZone, p.MorningDigest, p.EveningDigest, p.AlertMinScore, p.QuietHoursStart, p.QuietHoursEnd);
    }

    public static void MapProfile(this RouteGroupBuilder api)
    {
        var profile = api.MapGroup("/profile").WithTags("Profile");
        profile.MapGet("", async (HttpContext http, ProfileService profiles, CancellationToken ct) =>
            TypedResults.Ok(ProfileResponse.From(await profiles.GetAsync(http.User.UserId(), ct))));
        profile.MapPut("", UpdateAsync).Accepts<ProfileFields>("application/json").Produces<ProfileResponse>();
    }

    private static async Task<IResult> UpdateAsync(HttpRequest request, ProfileService profiles, CancellationToken ct)
    {
        var fields = await JsonBody.ReadChangeAsync<ProfileFields>(request, ct);
        return TypedResults.Ok(ProfileResponse.From(await profiles.UpdateAsync(request.HttpContext.User.UserId(), fields, ct)));
    }
}
