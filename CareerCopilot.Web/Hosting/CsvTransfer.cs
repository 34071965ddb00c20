using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Infrastructure.Csv;

namespace CareerCopilot.Web.Hosting;

/// <summary>CSV export and import: the service and the store that keeps an upload between the import's steps.</summary>
public static class CsvTransfer
{
    public static IServiceCollection AddCsvTransfer(this IServiceCollection services)
    {
        services.AddScoped<CsvService>();
        services.AddSingleton<CsvUploads>();
        return services;
    }
}
