using CareerCopilot.Web.Domain.Ingestion;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>A board that needs credentials is available when its key (<c>Sources:&lt;Name&gt;:ApiKey</c>) is configured.</summary>
public sealed class ConfiguredBoards(BoardEndpoints endpoints) : IBoardAvailability
{
    public bool IsAvailable(BoardType type) =>
        !BoardCatalogue.Of(type).NeedsCredentials || !string.IsNullOrWhiteSpace(endpoints.Settings(type).ApiKey);
}
