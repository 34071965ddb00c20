using System.Text.Json;
using System.Text.Json.Serialization;
using CareerCopilot.Web.Api;
using CareerCopilot.Web.Domain.Analytics;
using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Contacts;
using CareerCopilot.Web.Domain.Feedback;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Matching;
using CareerCopilot.Web.Domain.Onboarding;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Domain.SkillGap;
using CareerCopilot.Web.Domain.Skills;
using CareerCopilot.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpLogging;

namespace CareerCopilot.Web.Hosting;

public static class CareerCopilotServices
{
    /// <summary>
    /// The key ring is stored unencrypted (ASP.NET Core says so once, when it makes the first key), so its directory is
    /// readable by the app's own user only.
    /// </summary>
    private static DirectoryInfo KeyDirectory(DataDirectory data)
    {
        var path = data.File("keys");
        return OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public static WebApplicationBuilder AddCareerCopilot(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddConfigurationAliases();
        var data = DataDirectory.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(data);
        services.AddSingleton(TimeProvider.System);
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        builder.AddDatabase(data);
        services.AddDataProtection().SetApplicationName("CareerCopilot")
            .PersistKeysToFileSystem(KeyDirectory(data));
        services.AddAccounts();
        services.AddApiAuthentication(data);
        services.AddRateLimits();
        services.AddHealth();
        services.AddCapture();
        services.AddJobImport();
        services.AddDocuments();
        services.AddPersonalTokens();
        services.AddCsvTransfer();
        services.AddIngestion();
        services.AddResumes();
        services.AddDailyRhythm();
        services.AddCalendarFeeds();
        services.AddLiveEvents();

        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateOnStart();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new NotFoundPageFilter());
            o.Conventions.ConfigureFilter(new VaryOnHtmxPageFilter());
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "CareerCopilot.Antiforgery";
        });
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Customize);
        // First of the writers, so under /api the API's shape wins over the framework's default writer.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, ApiProblemDetailsWriter>());
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi();
        services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });

        services.AddSingleton(SkillCatalogue.LoadEmbedded());
        services.AddSingleton<SkillExtractor>();
        services.AddSingleton<JobRules>();
        services.AddSingleton<ProfileRules>();
        services.AddScoped<StoredSkillsUpgrade>();
        services.AddScoped<JobLinkKeysUpgrade>();
        services.AddScoped<ProfileService>();
        services.AddScoped<JobService>();
        services.AddSingleton<DeletedJobs>();
        services.AddScoped<ApplicationService>();
        services.AddScoped<ContactService>();
        services.AddScoped<AccountService>();
        services.AddScoped<SkillSuggestions>();
        services.AddScoped<FeedbackService>();
        services.AddSingleton<MatchSnapshots>();
        services.AddScoped<Recommender>();
        services.AddScoped<SkillGapService>();
        services.AddScoped<AnalyticsService>();
        services.AddScoped<OnboardingService>();
        services.AddScoped<CareerCopilot.Web.Pages.Dates>();
        return builder;
    }

    /// <summary>The API's wire format: snake_case names and enum values, nulls written out.</summary>
    public static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = SnakeCase.Policy;
        json.Converters.Add(new JsonStringEnumConverter(SnakeCase.Policy, allowIntegerValues: false));
    }
}
