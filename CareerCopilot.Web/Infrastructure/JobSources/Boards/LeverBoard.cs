using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>Lever's US host, api.lever.co.</summary>
public sealed class LeverBoard(BoardHttp http, IOptions<IngestionOptions> options) : LeverPostings(http, options)
{
    public override BoardType Type => BoardType.Lever;
}
