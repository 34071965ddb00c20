namespace CareerCopilot.Web.Domain.Common;

/// <summary>A row that belongs to one user: saving it moves that user's revision, which keys every cached figure.</summary>
public interface IUserOwned
{
    int UserId { get; }
}
