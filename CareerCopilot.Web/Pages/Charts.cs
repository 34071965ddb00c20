using System.Text.Json;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Pages;

/// <summary>
/// Chart.js configurations as JSON for a canvas's <c>data-chart</c> attribute: the CSP allows no inline script, so
/// site.js draws every canvas from its attribute. Each chart sits beside text that states the same numbers.
/// </summary>
public static class Charts
{
    private const string Have = "#2f9e6a";
    private const string Lack = "#f0a030";
    private const string Track = "#e3e8f0";
    private const string Primary = "#2f6fed";

    private static readonly string[] CoverageLabels = ["Skills you have", "Skills you lack"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<JobStatus, string> StatusColours = new()
    {
        [JobStatus.NotApplied] = "#9aa6ba", [JobStatus.Applied] = "#2f6fed", [JobStatus.Interview] = "#e89a1c",
        [JobStatus.Offer] = "#2f9e6a", [JobStatus.Accepted] = "#146c3c", [JobStatus.Rejected] = "#d64545",
        [JobStatus.Withdrawn] = "#8a77ad",
    };

    /// <summary>A half doughnut: the share the user has of the whole.</summary>
    public static string Gauge(int part, int whole) => Serialize(new
    {
        type = "doughnut",
        data = new
        {
            labels = CoverageLabels,
            datasets = new[] { new { data = new[] { part, Math.Max(0, whole - part) }, backgroundColor = new[] { Have, Track }, borderWidth = 0 } },
        },
        options = new
        {
            rotation = -90, circumference = 180, cutout = "72%", maintainAspectRatio = false,
            plugins = new { legend = new { display = false } }, animation = new { duration = 300 },
        },
    });

    /// <summary>Horizontal bars, each coloured by whether the user has it.</summary>
    public static string Bars(IEnumerable<(string Label, int Value, bool Highlight)> bars, string seriesLabel) => Bar(bars.ToList(), seriesLabel, "y");

    public static string Columns(IEnumerable<(string Label, int Value)> columns, string seriesLabel) =>
        Bar(columns.Select(c => (c.Label, c.Value, true)).ToList(), seriesLabel, "x");

    public static string StatusPie(IReadOnlyDictionary<JobStatus, int> counts)
    {
        var shown = counts.Where(c => c.Value > 0).ToList();
        return Serialize(new
        {
            type = "doughnut",
            data = new
            {
                labels = shown.Select(c => Labels.Of(c.Key)).ToArray(),
                datasets = new[] { new { data = shown.Select(c => c.Value).ToArray(), backgroundColor = shown.Select(c => StatusColours[c.Key]).ToArray(), borderWidth = 1 } },
            },
            options = new
            {
                maintainAspectRatio = false, cutout = "55%", animation = new { duration = 300 },
                plugins = new { legend = new { position = "right" } },
            },
        });
    }

    private static string Bar(List<(string Label, int Value, bool Highlight)> bars, string seriesLabel, string indexAxis) => Serialize(new
    {
        type = "bar",
        data = new
        {
            labels = bars.Select(b => b.Label).ToArray(),
            datasets = new[]
            {
                new
                {
                    label = seriesLabel, data = bars.Select(b => b.Value).ToArray(),
                    backgroundColor = bars.Select(b => indexAxis == "x" ? Primary : b.Highlight ? Have : Lack).ToArray(), borderRadius = 4,
                },
            },
        },
        options = new
        {
            indexAxis, maintainAspectRatio = false, animation = new { duration = 300 },
            plugins = new { legend = new { display = false } },
            scales = new Dictionary<string, object> { [indexAxis == "y" ? "x" : "y"] = new { beginAtZero = true, ticks = new { precision = 0 } } },
        },
    });

    private static string Serialize(object config) => JsonSerializer.Serialize(config, Json);
}
