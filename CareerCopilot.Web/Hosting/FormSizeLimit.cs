using CareerCopilot.Web.Api;

namespace CareerCopilot.Web.Hosting;

/// <summary>
/// Page forms are small; a larger body is refused with 413 before anything reads it. Without this, MVC would
/// swallow the failed form read and show the form as if it had been sent empty.
/// </summary>
public static class FormSizeLimit
{
    public const long MaxFormBytes = 1024 * 1024;

    /// <summary>The pages that take a file (a resume, an alert email): a file at its limit plus the form around it.</summary>
    private static readonly PathString[] UploadPaths = ["/resumes", "/jobs/import"];
    public const long MaxUploadFormBytes = Domain.Resumes.ResumeLimits.MaxFileBytes + 64 * 1024;

    public static IApplicationBuilder UseFormSizeLimit(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limit = UploadPaths.Any(p => http.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)) ? MaxUploadFormBytes : MaxFormBytes;
        if (http.Request.ContentLength > limit && !ApiRoutes.IsApi(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        await next(http);
    });
}
