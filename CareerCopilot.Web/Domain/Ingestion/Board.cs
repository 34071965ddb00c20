namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>
/// What the product knows of one job board: its names (the API's, the configuration's, a person's), how it is
/// addressed, how much its records are trusted when two boards describe the same job, and the terms it asks for.
/// </summary>
/// <param name="Priority">Higher wins: a company's own board over an aggregator with whole descriptions over one with snippets.</param>
/// <param name="NeedsCredentials">The operator must configure a key (<c>Sources:&lt;ConfigName&gt;:ApiKey</c>) for it to run.</param>
/// <param name="Attribution">What the board asks a product to say where its postings are shown, if anything.</param>
public sealed record Board(
    BoardType Type, string Name, string ConfigName, string DisplayName, BoardKind Kind, int Priority, bool NeedsCredentials,
    string KeyLabel, string? Attribution = null)
{
    public bool NeedsKey => Kind == BoardKind.Company;

    /// <summary>The least time between two requests to this board, where its terms ask for more than the usual pause.</summary>
    public TimeSpan MinRequestInterval { get; init; }

    /// <summary>
    /// How long one reading of a query stays good: a board that asks to be polled only a few times a day is not read
    /// again sooner; a run in between uses what the last reading found.
    /// </summary>
    public TimeSpan MinRefresh { get; init; }
}
