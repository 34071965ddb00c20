using System.Globalization;
using System.Text;
using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class CsvEndpoints
{
    public static void MapCsv(this RouteGroupBuilder api) =>
        api.MapGet("/jobs/export.csv", async (HttpContext http, CsvService csv, TimeProvider clock, CancellationToken ct) =>
            Export(await csv.ExportAsync(http.User.UserId(), ct), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithTags("Jobs").Produces(StatusCodes.Status200OK, contentType: "text/csv");

    /// <summary>The file as Excel opens it right: UTF-8 with its byte-order mark, named by the day it was made.</summary>
    public static IResult Export(string text, DateOnly today) => TypedResults.File(Bytes(text), ContentType, FileName(today));

    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Bytes(string text) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)];

    public static string FileName(DateOnly today) => $"career-copilot-jobs-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
}
