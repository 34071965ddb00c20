using CareerCopilot.Web.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace CareerCopilot.Web.Hosting;

public static class CareerCopilotPipeline
{
    public static async Task UseCareerCopilotAsync(this WebApplication app)
    {
        await app.MigrateDatabaseAsync();
        app.LogConfigurationSummary(app.Services.GetRequiredService<DataDirectory>());

        app.UseHttpLogging();
        app.UseSecurityHeaders(SecurityHeaders.Policy());
        app.UseExceptionHandler("/error");
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"),
            api => api.UseStatusCodePages(WriteApiStatusAsync));
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"),
            ui => ui.UseStatusCodePagesWithReExecute("/error", "?code={0}"));

        app.UseFormSizeLimit();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapApi();
        app.MapHealth();
        app.MapOpenApi().AllowAnonymous();
    }

    /// <summary>Bodiless API errors made by the framework (an unknown route, a wrong method) become problem details.</summary>
    private static Task WriteApiStatusAsync(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        return ApiProblems.Write(context.HttpContext, status, ApiProblems.CodeFor(status),
            ReasonPhrases(status), status == 404 ? "No such resource." : "The request could not be served.");
    }

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
