namespace CareerCopilot.Web.Domain.Events;

/// <summary>Where the domain tells a user's live clients what happened. Publishing never waits on a slow client.</summary>
public interface IUserEvents
{
    void Publish(int userId, UserEvent userEvent);
}
