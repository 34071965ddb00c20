using CareerCopilot.Web.Domain.Resumes;
using CareerCopilot.Web.Infrastructure.Documents;

namespace CareerCopilot.Web.Hosting;

/// <summary>Resume files' wiring: what a file is, its text, and the parser that reads a resume out of the text.</summary>
public static class Documents
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentsOptions>().BindConfiguration(DocumentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IResumeFileInspector, ResumeFileInspector>();
        services.AddSingleton<IResumeTextReader, ResumeTextReader>();
        services.AddSingleton<ResumeParser>();
        return services;
    }
}
