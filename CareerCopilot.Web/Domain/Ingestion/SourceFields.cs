using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>A subscription's writable fields as a client sent them; the type still as text.</summary>
public sealed record SourceFields : PartialUpdate
{
    public string? Type { get; init; }
    public string? Key { get; init; }
    public string? Query { get; init; }
    public string? Location { get; init; }
    public bool? Enabled { get; init; }
}
