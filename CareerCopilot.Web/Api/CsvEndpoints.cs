using CareerCopilot.Web.Domain.Capture;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class CsvEndpoints
{
    public static void MapCsv(this RouteGroupBuilder api) =>
        api.MapGet("/jobs/export.csv", async (HttpContext http, CsvService csv, CancellationToken ct) =>
            {
                var file = await csv.ExportFileAsync(http.User.UserId(), ct);
                return TypedResults.File(file.Content, CsvFile.ContentType, file.FileName);
            })
            .WithTags("Jobs").Produces(StatusCodes.Status200OK, contentType: "text/csv");
}
