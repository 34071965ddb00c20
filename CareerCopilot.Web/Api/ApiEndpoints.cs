using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup(ApiRoutes.V1);
        v1.MapAuth();
        v1.MapCalendarFeed();
        var signedIn = v1.MapGroup("").RequireAuthorization(ApiAuthentication.Policy).LimitImportOnlyTokens();
        signedIn.MapProfile();
        signedIn.MapJobs();
        signedIn.MapImport();
        signedIn.MapApplications();
        signedIn.MapContacts();
        signedIn.MapRecommendations();
        signedIn.MapSkillGap();
        signedIn.MapAnalytics();
        signedIn.MapSources();
        signedIn.MapTokens();
        signedIn.MapCsv();
        signedIn.MapResumes();
        signedIn.MapCalendar();
        signedIn.MapDigests();
        signedIn.MapEvents();
    }
}
