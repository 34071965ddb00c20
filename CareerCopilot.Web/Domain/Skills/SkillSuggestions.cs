using CareerCopilot.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Skills;

/// <summary>What the skill box offers while typing: the skills the user's own jobs ask for first, then the catalogue.</summary>
public sealed class SkillSuggestions(AppDbContext db, SkillCatalogue catalogue)
{
    /// <summary>Room for the whole catalogue and a few hundred of the user's own skills, and no more.</summary>
    private const int MaxSuggestions = 1_500;

    public async Task<IReadOnlyList<string>> ForAsync(int userId, CancellationToken ct)
    {
        var stacks = await db.Jobs.Where(j => j.UserId == userId).OrderByDescending(j => j.Id).Take(500)
            .Select(j => j.TechStack).ToListAsync(ct);
        return stacks.SelectMany(s => s).Concat(catalogue.Skills.Select(s => s.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxSuggestions).ToList();
    }
}
