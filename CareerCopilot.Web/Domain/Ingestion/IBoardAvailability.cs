namespace CareerCopilot.Web.Domain.Ingestion;

/// <summary>Whether this server can read a board: the boards that need the operator's key have it configured.</summary>
public interface IBoardAvailability
{
    bool IsAvailable(BoardType type);
}
