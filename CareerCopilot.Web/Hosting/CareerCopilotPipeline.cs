using CareerCopilot.Web.Api;
using CareerCopilot.Web.Realtime;

namespace CareerCopilot.Web.Hosting;

public static class CareerCopilotPipeline
{
    public static async Task UseCareerCopilotAsync(this WebApplication app)
    {
        await app.MigrateDatabaseAsync();
        app.LogConfigurationSummary(app.Services.GetRequiredService<DataDirectory>());
        app.UseSchedule();
        app.UseDailyRhythm();

        app.UseHttpLogging();
        app.UseSecurityHeaders(SecurityHeaders.Policy());
        app.UseExceptionHandler("/error");
        // Bodiless API errors the framework makes (an unknown route, a wrong method) become problem details.
        app.UseWhen(ApiRoutes.IsApi, api => api.UseStatusCodePages());
        app.UseWhen(http => !ApiRoutes.IsApi(http),
            ui => ui.UseStatusCodePagesWithReExecute("/error", "?code={0}"));

        app.UseFormSizeLimit();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseBookmarkletCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapApi();
        app.MapLiveEvents();
        app.MapHealth();
        app.MapOpenApi().AllowAnonymous();
    }
}
