using System.Globalization;
using System.Text;
using CareerCopilot.Web.Domain.Digests;

namespace CareerCopilot.Web.Infrastructure.Email;

/// <summary>The plain-text part of a digest, from the same content as the HTML, and the phrases both parts share.</summary>
public static class DigestText
{
    public static string Due(DigestFollowUp f) => f.DaysOverdue switch
    {
        <= 0 => "due today",
        1 => "1 day overdue",
        var d => string.Create(CultureInfo.InvariantCulture, $"{d} days overdue"),
    };

    public static IReadOnlyList<string> WeekLines(WeekNumbers w) =>
    [
        $"{DigestWording.Count(w.ApplicationsSent, "application sent", "applications sent")} in the last 7 days, {DigestWording.Trend(w.ApplicationsSent, w.PreviousApplicationsSent)}.",
        $"{DigestWording.Count(w.JobsAdded, "job added", "jobs added")} in the last 7 days, {DigestWording.Trend(w.JobsAdded, w.PreviousJobsAdded)}.",
    ];

    public static string Render(DigestContent content, DigestLinks links) => content switch
    {
        MorningDigest m => Morning(m, links),
        EveningDigest e => Evening(e, links),
        _ => throw new ArgumentOutOfRangeException(nameof(content)),
    };

    private static string Morning(MorningDigest m, DigestLinks links)
    {
        var text = new StringBuilder().AppendLine(DigestWording.Greeting(m.Recipient, DigestKind.Morning)).AppendLine();
        if (m.Interviews.Count > 0)
        {
            text.AppendLine("INTERVIEWS TODAY");
            foreach (var i in m.Interviews)
                text.AppendLine(CultureInfo.InvariantCulture, $"- {i.LocalTime:HH:mm} {i.Title} at {i.Company}: {links.Job(i.JobId)}");
            text.AppendLine();
        }
        if (m.FollowUps.Count > 0)
        {
            text.AppendLine("FOLLOW-UPS DUE");
            foreach (var f in m.FollowUps)
                text.AppendLine(CultureInfo.InvariantCulture, $"- {f.Title} at {f.Company} ({Due(f)}): {links.Job(f.JobId)}");
            text.AppendLine();
        }
        if (m.Matches.Count > 0)
        {
            text.AppendLine("NEW MATCHES");
            foreach (var match in m.Matches)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {match.Title} at {match.Company}{(match.Location is { Length: > 0 } l ? $", {l}" : "")}: {match.Score}%");
                foreach (var reason in match.Reasons) text.AppendLine(CultureInfo.InvariantCulture, $"  * {reason}");
                text.AppendLine(CultureInfo.InvariantCulture, $"  Track it: {links.Job(match.JobId)}");
            }
            if (m.NewMatchCount > m.Matches.Count)
                text.AppendLine(CultureInfo.InvariantCulture, $"{m.NewMatchCount - m.Matches.Count} more: {links.Jobs}");
            text.AppendLine();
        }
        if (!m.HasSomethingToSay) text.AppendLine("No new matches, follow-ups or interviews today.").AppendLine();
        return Footer(text, "morning briefing", links);
    }

    private static string Evening(EveningDigest e, DigestLinks links)
    {
        var text = new StringBuilder().AppendLine(DigestWording.Greeting(e.Recipient, DigestKind.Evening)).AppendLine()
            .AppendLine("YOUR DAY IN NUMBERS")
            .AppendLine(CultureInfo.InvariantCulture, $"- Jobs added: {e.Today.JobsAdded}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Applications sent: {e.Today.ApplicationsSent}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Status changes: {e.Today.StatusChanges}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Interviews in the next 7 days: {e.Today.InterviewsComing}")
            .AppendLine().AppendLine("THIS WEEK");
        foreach (var line in WeekLines(e.Week)) text.AppendLine(line);
        text.AppendLine(CultureInfo.InvariantCulture, $"Your board: {links.Board}").AppendLine();
        if (e.Suggestion is { } s)
        {
            text.AppendLine("ONE THING FOR TOMORROW").AppendLine(s.Text);
            if (s.JobId is { } id) text.AppendLine(links.Job(id));
            text.AppendLine();
        }
        return Footer(text, "evening summary", links);
    }

    private static string Footer(StringBuilder text, string kind, DigestLinks links) => text
        .AppendLine("--")
        .AppendLine(CultureInfo.InvariantCulture, $"You get this {kind} because it is on in your Career Co-Pilot notification settings.")
        .AppendLine(CultureInfo.InvariantCulture, $"Notification settings: {links.Settings}")
        .AppendLine(CultureInfo.InvariantCulture, $"Unsubscribe from the {kind}: {links.Unsubscribe}")
        .ToString();
}
