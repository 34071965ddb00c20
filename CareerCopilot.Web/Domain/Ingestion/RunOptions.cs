using System.ComponentModel.DataAnnotations;

namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>How a run goes about its work (section <c>Ingestion</c>, beside the board client's settings).</summary>
public sealed class RunOptions
{
    /// <summary>Board queries read at once; requests to one host still take turns.</summary>
    [Range(1, 32)] public int MaxConcurrency { get; set; } = 4;
}
