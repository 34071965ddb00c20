namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>Hands a run, already a row, to background work; infrastructure decides how (a queue in this process).</summary>
public interface IIngestionDispatcher
{
    void Dispatch(int runId);
}
