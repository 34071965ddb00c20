namespace CareerCopilot.Web.Domain.Ingestion;

public static class IngestionLimits
{
    /// <summary>An error kept for a source's run is cut to this length.</summary>
    public const int MaxErrorLength = 500;
}
