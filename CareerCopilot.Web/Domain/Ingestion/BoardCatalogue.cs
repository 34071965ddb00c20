using System.Collections.Frozen;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>Every board the product reads, and lookups by the names the API and configuration use.</summary>
public static class BoardCatalogue
{
    private const int CompanyBoard = 3, WholeDescriptions = 2, Snippets = 1;

    public static readonly IReadOnlyList<Board> All =
    [
        new(BoardType.Greenhouse, "greenhouse", "Greenhouse", "Greenhouse", BoardKind.Company, CompanyBoard, false, "Board token"),
        new(BoardType.Lever, "lever", "Lever", "Lever", BoardKind.Company, CompanyBoard, false, "Site name"),
        new(BoardType.LeverEu, "lever_eu", "LeverEu", "Lever (EU)", BoardKind.Company, CompanyBoard, false, "Site name"),
        new(BoardType.Ashby, "ashby", "Ashby", "Ashby", BoardKind.Company, CompanyBoard, false, "Job board name"),
        new(BoardType.SmartRecruiters, "smartrecruiters", "SmartRecruiters", "SmartRecruiters", BoardKind.Company, CompanyBoard, false, "Company identifier"),
        new(BoardType.Workable, "workable", "Workable", "Workable", BoardKind.Company, CompanyBoard, false, "Account"),
        new(BoardType.Recruitee, "recruitee", "Recruitee", "Recruitee", BoardKind.Company, CompanyBoard, false, "Company subdomain"),
        new(BoardType.Personio, "personio", "Personio", "Personio", BoardKind.Company, CompanyBoard, false, "Company subdomain"),
        new(BoardType.Remotive, "remotive", "Remotive", "Remotive", BoardKind.Aggregator, WholeDescriptions, false, "",
            "Remote jobs from Remotive (remotive.com)")
        {
            // Remotive: at most about four polls a day, and more than two requests a minute are blocked.
            MinRequestInterval = TimeSpan.FromSeconds(31), MinRefresh = TimeSpan.FromHours(6),
        },
        new(BoardType.Arbeitnow, "arbeitnow", "Arbeitnow", "Arbeitnow", BoardKind.Aggregator, WholeDescriptions, false, ""),
        new(BoardType.TheMuse, "themuse", "TheMuse", "The Muse", BoardKind.Aggregator, WholeDescriptions, false, ""),
        new(BoardType.RemoteOk, "remoteok", "RemoteOk", "Remote OK", BoardKind.Aggregator, WholeDescriptions, false, "",
            "Remote jobs from Remote OK (remoteok.com)"),
        new(BoardType.Himalayas, "himalayas", "Himalayas", "Himalayas", BoardKind.Aggregator, WholeDescriptions, false, ""),
        new(BoardType.HackerNews, "hackernews", "HackerNews", "Hacker News: Who is hiring", BoardKind.Aggregator, Snippets, false, ""),
        // Adzuna: 25 requests a minute and 250 a day by default.
        new(BoardType.Adzuna, "adzuna", "Adzuna", "Adzuna", BoardKind.Aggregator, Snippets, true, "")
        {
            MinRequestInterval = TimeSpan.FromSeconds(2.5), MinRefresh = TimeSpan.FromHours(1),
        },
        new(BoardType.UsaJobs, "usajobs", "UsaJobs", "USAJOBS", BoardKind.Aggregator, WholeDescriptions, true, ""),
        new(BoardType.Jooble, "jooble", "Jooble", "Jooble", BoardKind.Aggregator, Snippets, true, ""),
    ];

    private static readonly FrozenDictionary<BoardType, Board> ByType = All.ToFrozenDictionary(b => b.Type);
    private static readonly FrozenDictionary<string, Board> ByName = All.ToFrozenDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);

    public static Board Of(BoardType type) => ByType[type];

    public static Board? Named(string? name) => name is not null && ByName.TryGetValue(name.Trim(), out var board) ? board : null;
}
