using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace CareerCopilot.Tests.Infrastructure.Web.JobPages;

/// <summary>
/// The labelled set of job pages (Fixtures/Pages/labels.json): title, company and location must each be right on at
/// least 90% of pages. Right means equal after case and white space; a location is right when every comma-separated
/// part of the label appears in what was read (a read "Berlin, Berlin, Germany" is right for "Berlin, Germany").
/// </summary>
public sealed class JobPageQualityTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record Label(string Title, string Company, string Location, string Covers);

    [Fact]
    public async Task Title_company_and_location_are_right_on_at_least_nine_pages_in_ten()
    {
        var labels = JsonSerializer.Deserialize<Dictionary<string, Label>>(PageFixtures.Html("labels.json"), Json)!;
        Assert.True(labels.Count >= 20, "The labelled set has at least 20 pages.");
        var reader = PageFixtures.Reader();
        int titles = 0, companies = 0, locations = 0;
        foreach (var (file, label) in labels)
        {
            var job = await reader.ReadAsync(PageFixtures.Url(file), PageFixtures.Html(file), CancellationToken.None);
            var (t, c, l) = (Same(job?.Title, label.Title), Same(job?.Company, label.Company), Covers(job?.Location, label.Location));
            titles += t ? 1 : 0;
            companies += c ? 1 : 0;
            locations += l ? 1 : 0;
            if (!(t && c && l)) output.WriteLine($"{file}: read {job?.Title} | {job?.Company} | {job?.Location} (via {job?.Via})");
        }
        var n = labels.Count;
        string Share(int right) => (100.0 * right / n).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        output.WriteLine($"{n} pages: title {titles}/{n} ({Share(titles)}), company {companies}/{n} ({Share(companies)}), location {locations}/{n} ({Share(locations)})");
        Assert.True(titles >= 0.9 * n, $"Titles right on {titles} of {n}.");
        Assert.True(companies >= 0.9 * n, $"Companies right on {companies} of {n}.");
        Assert.True(locations >= 0.9 * n, $"Locations right on {locations} of {n}.");
    }

    private static string Norm(string? s) => string.Join(' ', (s ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool Same(string? read, string label) => Norm(read) == Norm(label);

    private static bool Covers(string? read, string label) =>
        read is not null && label.Split(',').Select(Norm).All(part => Norm(read).Contains(part, StringComparison.Ordinal));
}
