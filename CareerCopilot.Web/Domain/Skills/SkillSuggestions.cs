using CareerCopilot.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Skills;

/// <summary>What the skill box offers while typing: the skills the user's own jobs ask for first, then common ones.</summary>
public sealed class SkillSuggestions(AppDbContext db)
{
    private static readonly string[] Common =
    [
        "C#", ".NET", "ASP.NET Core", "Java", "Kotlin", "Spring", "Python", "Django", "FastAPI", "Go", "Rust", "C++", "C",
        "JavaScript", "TypeScript", "Node.js", "React", "Angular", "Vue.js", "HTML", "CSS", "PHP", "Ruby", "Ruby on Rails",
        "Swift", "Objective-C", "Android", "iOS", "Flutter", "SQL", "PostgreSQL", "MySQL", "Microsoft SQL Server", "MongoDB",
        "Redis", "Elasticsearch", "Kafka", "RabbitMQ", "Docker", "Kubernetes", "Terraform", "Ansible", "Linux", "Git",
        "CI/CD", "GitHub Actions", "Amazon Web Services", "Microsoft Azure", "Google Cloud", "GraphQL", "REST APIs",
        "Microservices", "Machine learning", "Data analysis", "Pandas", "Spark", "Tableau", "Power BI", "Excel",
        "Project management", "Agile", "Scrum", "Product management", "UX design", "Figma", "Technical writing",
        "Customer support", "Sales", "Marketing", "Communication", "Leadership",
    ];

    public async Task<IReadOnlyList<string>> ForAsync(int userId, CancellationToken ct)
    {
        var stacks = await db.Jobs.Where(j => j.UserId == userId).OrderByDescending(j => j.Id).Take(500)
            .Select(j => j.TechStack).ToListAsync(ct);
        return stacks.SelectMany(s => s).Concat(Common).Distinct(StringComparer.OrdinalIgnoreCase).Take(300).ToList();
    }
}
