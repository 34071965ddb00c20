namespace CareerCopilot.Web.Pages;

/// <summary>
/// The events the server raises in <c>HX-Trigger</c> and the parts listen for. wwwroot/js/site.js cannot share these
/// constants; <c>HtmxEventsTests</c> keeps its names in agreement with them.
/// </summary>
public static class HtmxEvents
{
    /// <summary>A job was added, saved or deleted: the jobs table and the parts that count jobs refresh, the dialog closes.</summary>
    public const string JobsChanged = "jobs-changed";

    /// <summary>An application moved: the parts that show applications refresh.</summary>
    public const string ApplicationChanged = "application-changed";

    /// <summary>The profile was saved: the parts that read it (the first steps) refresh.</summary>
    public const string ProfileChanged = "profile-changed";

    /// <summary>A source was added, switched, removed or read by a finished run: the sources list refreshes.</summary>
    public const string SourcesChanged = "sources-changed";

    /// <summary>
    /// A run of the user's sources moved on (the event stream's <c>run_progress</c>, raised by wwwroot/js/live.js): the run
    /// panel refreshes at once rather than at its next poll.
    /// </summary>
    public const string RunProgress = "run-progress";

    /// <summary>A toast; the event's detail is the message.</summary>
    public const string ShowMessage = "show-message";

    /// <summary>A toast with an Undo button; the detail names the message, the undo handler's URL and the part it redraws.</summary>
    public const string ShowUndo = "show-undo";

    public static IReadOnlyList<string> All { get; } = [JobsChanged, ApplicationChanged, ProfileChanged, SourcesChanged, RunProgress, ShowMessage, ShowUndo];

    /// <summary>An <c>hx-trigger</c> value: refresh when any of these events reaches the body.</summary>
    public static string FromBody(params string[] events) => string.Join(", ", events.Select(e => e + " from:body"));
}
