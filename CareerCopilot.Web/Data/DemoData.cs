using CareerCopilot.Web.Domain.Applications;
using CareerCopilot.Web.Domain.Jobs;
using CareerCopilot.Web.Domain.Profiles;
using CareerCopilot.Web.Domain.Skills;

namespace CareerCopilot.Web.Data;

/// <summary>A believable job search a newcomer can look around in: a profile, about 30 jobs, applications with history.</summary>
public static class DemoData
{
    public const string Email = "demo@careercopilot.example";
    public const string Password = "orange kite harbour 2026";

    private sealed record Posting(string Company, string Title, string Location, RemoteMode Remote, ExperienceLevel Level,
        string[] Stack, int? SalaryMin, int? SalaryMax, string Currency, ApplicationStatus[] Path);

    private static readonly string[] ProfileSkills = ["C#", ".NET", "PostgreSQL", "Microsoft Azure", "Docker", "SQL"];
    private static readonly string[] ProfileLocations = ["Berlin", "Remote"];

    private static readonly Posting[] Postings =
    [
        new("Contoso", "Senior Backend Engineer", "Berlin, Germany", RemoteMode.Hybrid, ExperienceLevel.Senior, ["C#", ".NET", "PostgreSQL", "Microsoft Azure"], 75000, 95000, "EUR", [ApplicationStatus.Applied, ApplicationStatus.Interview, ApplicationStatus.Offer]),
        new("Fabrikam", "Platform Engineer", "Remote", RemoteMode.Remote, ExperienceLevel.Senior, ["Kubernetes", "Go", "Terraform", "Amazon Web Services"], 80000, 100000, "EUR", [ApplicationStatus.Applied, ApplicationStatus.Interview]),
        new("Northwind Traders", "Software Engineer, Payments", "Amsterdam, Netherlands", RemoteMode.Hybrid, ExperienceLevel.Mid, ["Java", "Spring", "Kafka", "PostgreSQL"], 65000, 80000, "EUR", [ApplicationStatus.Applied]),
        new("Adventure Works", "Full-stack Developer", "Munich, Germany", RemoteMode.Onsite, ExperienceLevel.Mid, ["TypeScript", "React", "Node.js"], 60000, 72000, "EUR", [ApplicationStatus.Applied, ApplicationStatus.Rejected]),
        new("Tailspin Toys", "Lead .NET Engineer", "Hamburg, Germany", RemoteMode.Hybrid, ExperienceLevel.Lead, ["C#", ".NET", "Microsoft SQL Server", "Microsoft Azure"], 90000, 110000, "EUR", [ApplicationStatus.Applied, ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Accepted]),
        new("Wide World Importers", "Data Engineer", "Remote", RemoteMode.Remote, ExperienceLevel.Mid, ["Python", "Spark", "SQL", "Amazon Web Services"], 70000, 85000, "EUR", [ApplicationStatus.Applied, ApplicationStatus.Withdrawn]),
        new("Litware", "Site Reliability Engineer", "Dublin, Ireland", RemoteMode.Hybrid, ExperienceLevel.Senior, ["Kubernetes", "Prometheus", "Linux", "Go"], 85000, 105000, "EUR", [ApplicationStatus.Applied, ApplicationStatus.Interview, ApplicationStatus.Rejected]),
        new("Proseware", "Backend Developer", "Berlin, Germany", RemoteMode.Onsite, ExperienceLevel.Junior, ["C#", "ASP.NET Core", "SQL"], 48000, 56000, "EUR", [ApplicationStatus.Applied]),
        new("Woodgrove Bank", "Senior Software Engineer", "London, United Kingdom", RemoteMode.Hybrid, ExperienceLevel.Senior, ["C#", ".NET", "Kafka", "Microsoft Azure"], 85000, 100000, "GBP", [ApplicationStatus.Applied, ApplicationStatus.Interview]),
        new("Margie's Travel", "Engineering Manager", "Remote", RemoteMode.Remote, ExperienceLevel.Lead, ["Leadership", "Agile", "C#"], 95000, 115000, "EUR", [ApplicationStatus.Applied]),
        new("Alpine Ski House", "DevOps Engineer", "Zurich, Switzerland", RemoteMode.Onsite, ExperienceLevel.Mid, ["Docker", "Kubernetes", "GitHub Actions", "Linux"], 100000, 120000, "CHF", []),
        new("Blue Yonder Airlines", "Software Engineer", "Remote", RemoteMode.Remote, ExperienceLevel.Mid, ["Python", "Django", "PostgreSQL"], 60000, 75000, "EUR", []),
        new("Coho Winery", "Cloud Architect", "Vienna, Austria", RemoteMode.Hybrid, ExperienceLevel.Lead, ["Microsoft Azure", "Terraform", "Kubernetes"], 95000, 120000, "EUR", []),
        new("Fourth Coffee", "Backend Engineer (Go)", "Remote", RemoteMode.Remote, ExperienceLevel.Senior, ["Go", "PostgreSQL", "Redis", "Google Cloud"], 80000, 95000, "EUR", []),
        new("Graphic Design Institute", "Frontend Engineer", "Berlin, Germany", RemoteMode.Hybrid, ExperienceLevel.Mid, ["TypeScript", "Vue.js", "CSS"], 55000, 68000, "EUR", []),
        new("Humongous Insurance", "Senior .NET Developer", "Cologne, Germany", RemoteMode.Hybrid, ExperienceLevel.Senior, ["C#", ".NET", "Microsoft SQL Server", "RabbitMQ"], 72000, 88000, "EUR", []),
        new("Lucerne Publishing", "Software Developer", "Remote", RemoteMode.Remote, ExperienceLevel.Junior, ["JavaScript", "Node.js", "MongoDB"], 42000, 52000, "EUR", []),
        new("Northwind Health", "Staff Engineer", "Berlin, Germany", RemoteMode.Hybrid, ExperienceLevel.Lead, ["C#", "Kubernetes", "PostgreSQL", "Kafka"], 105000, 125000, "EUR", []),
        new("Relecloud", "Backend Engineer", "Lisbon, Portugal", RemoteMode.Hybrid, ExperienceLevel.Mid, ["Kotlin", "Spring", "PostgreSQL"], 50000, 62000, "EUR", []),
        new("School of Fine Art", "IT Systems Administrator", "Leipzig, Germany", RemoteMode.Onsite, ExperienceLevel.Mid, ["Linux", "Networking", "Bash"], 45000, 55000, "EUR", []),
        new("Southridge Video", "Video Platform Engineer", "Remote", RemoteMode.Remote, ExperienceLevel.Senior, ["Go", "FFmpeg", "Amazon Web Services"], 85000, 100000, "EUR", []),
        new("Trey Research", "Machine Learning Engineer", "Paris, France", RemoteMode.Hybrid, ExperienceLevel.Senior, ["Python", "PyTorch", "Kubernetes"], 80000, 100000, "EUR", []),
        new("VanArsdel", "Integration Developer", "Frankfurt, Germany", RemoteMode.Hybrid, ExperienceLevel.Mid, ["C#", "Microsoft Azure", "REST APIs"], 62000, 74000, "EUR", []),
        new("Wingtip Toys", "Game Backend Developer", "Remote", RemoteMode.Remote, ExperienceLevel.Mid, ["C#", "Redis", "Microsoft Azure"], null, null, "EUR", []),
        new("World Wide Importers", "Solutions Engineer", "Berlin, Germany", RemoteMode.Onsite, ExperienceLevel.Mid, ["SQL", "Communication", "Python"], 58000, 70000, "EUR", []),
        new("Datum Corporation", "Senior Data Platform Engineer", "Remote", RemoteMode.Remote, ExperienceLevel.Senior, ["Kafka", "Spark", "Kubernetes", "Scala"], 90000, 110000, "EUR", []),
        new("Consolidated Messenger", "API Engineer", "Stockholm, Sweden", RemoteMode.Hybrid, ExperienceLevel.Mid, ["C#", "ASP.NET Core", "PostgreSQL", "Docker"], 600000, 720000, "SEK", []),
        new("First Up Consultants", "Technical Consultant (.NET)", "Berlin, Germany", RemoteMode.Hybrid, ExperienceLevel.Senior, ["C#", ".NET", "Communication"], 70000, 85000, "EUR", []),
        new("Bellows College", "Research Software Engineer", "Remote", RemoteMode.Remote, ExperienceLevel.Mid, ["Python", "C++", "Linux"], 52000, 64000, "EUR", []),
        new("Nod Publishers", "Backend Engineer, Search", "Berlin, Germany", RemoteMode.Hybrid, ExperienceLevel.Senior, ["Elasticsearch", "Java", "Kubernetes"], 78000, 92000, "EUR", []),
    ];

    public static void Fill(UserProfile profile)
    {
        profile.FullName = "Ana Diaz";
        profile.ExperienceLevel = ExperienceLevel.Senior;
        profile.TimeZone = "Europe/Berlin";
        profile.Skills = ProfileSkills
            .Select((s, i) => new UserSkill { UserId = profile.UserId, Name = s, Position = i }).ToList();
        profile.Locations = ProfileLocations
            .Select((l, i) => new UserLocation { UserId = profile.UserId, Name = l, Position = i }).ToList();
    }

    /// <summary>Jobs spread over the last seven weeks; each application moves through its path a few days apart.</summary>
    public static IEnumerable<Job> Jobs(int userId, DateTime nowUtc, SkillCatalogue catalogue)
    {
        for (var i = 0; i < Postings.Length; i++)
        {
            var p = Postings[i];
            var added = nowUtc.AddDays(-(Postings.Length - i) * 1.6).AddHours(-i);
            var job = new Job
            {
                UserId = userId, Company = p.Company, Title = p.Title, Location = p.Location, Remote = p.Remote,
                EmploymentType = EmploymentType.FullTime, ExperienceLevel = p.Level, TechStack = catalogue.CanonicaliseAll(p.Stack),
                SalaryMin = p.SalaryMin, SalaryMax = p.SalaryMax, SalaryCurrency = p.Currency, SalaryPeriod = SalaryPeriod.Year,
                Url = $"https://jobs.example.com/{Slug(p.Company)}/{Slug(p.Title)}",
                Responsibilities = $"Build and run {p.Stack[0]} services with a small team; review code; take part in on-call.",
                Description = $"{p.Company} is hiring a {p.Title}. You will work with {string.Join(", ", p.Stack)}.",
                Source = JobSource.Manual, Status = JobStatus.NotApplied, CreatedAt = added, UpdatedAt = added,
            };
            if (p.Path.Length > 0)
            {
                var at = added.AddDays(1);
                var application = ApplicationRules.Start(job, p.Path[0], null, at, DateOnly.FromDateTime(at));
                foreach (var next in p.Path.Skip(1))
                {
                    at = at.AddDays(4);
                    ApplicationRules.Move(application, next, at, DateOnly.FromDateTime(at));
                }
            }
            yield return job;
        }
    }

    private static string Slug(string text) =>
        string.Concat(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
}
