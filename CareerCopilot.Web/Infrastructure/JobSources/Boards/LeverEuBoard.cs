using CareerCopilot.Web.Domain.Ingestion;
using Microsoft.Extensions.Options;

namespace CareerCopilot.Web.Infrastructure.JobSources.Boards;

/// <summary>Lever's EU host, api.eu.lever.co, for sites hosted in Europe.</summary>
public sealed class LeverEuBoard(BoardHttp http, IOptions<IngestionOptions> options) : LeverPostings(http, options)
{
    public override BoardType Type => BoardType.LeverEu;
}
