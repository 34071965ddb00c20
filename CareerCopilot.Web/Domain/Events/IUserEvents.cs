namespace CareerCopilot.Web.Domain.Events;

/// <summary>Where the domain tells a user's live clients what happened. Publishing never waits on a slow client.</summary>
public interface IUserEvents
{
    void Publish(int userId, UserEvent userEvent);

    /// <summary>
    /// Ends every open stream of the user: a credential was withdrawn (sign-out, a revoked token). A stream is authorised
    /// when it opens, so this is what stops one; clients whose credential still works reconnect and miss nothing.
    /// </summary>
    void EndStreams(int userId);
}
