using System.Globalization;

namespace CareerCopilot.Web.Domain.Digests;

/// <summary>How a digest reads in a subject line and a greeting: what is in it, not what it is.</summary>
public static class DigestWording
{
    public static string Subject(DigestContent content) => content switch
    {
        MorningDigest m => MorningSubject(m),
        EveningDigest e => EveningSubject(e),
        _ => throw new ArgumentOutOfRangeException(nameof(content)),
    };

    public static string MorningSubject(MorningDigest m)
    {
        var parts = new List<string>(3);
        if (m.NewMatchCount > 0) parts.Add(Count(m.NewMatchCount, "new match", "new matches"));
        if (m.FollowUps.Count > 0) parts.Add(Count(m.FollowUps.Count, "follow-up due", "follow-ups due"));
        if (m.Interviews.Count > 0) parts.Add(Count(m.Interviews.Count, "interview today", "interviews today"));
        return parts.Count == 0 ? "Nothing new this morning" : Sentence(parts);
    }

    public static string EveningSubject(EveningDigest e)
    {
        var parts = new List<string>(4);
        if (e.Today.ApplicationsSent > 0) parts.Add(Count(e.Today.ApplicationsSent, "application sent", "applications sent"));
        if (e.Today.JobsAdded > 0) parts.Add(Count(e.Today.JobsAdded, "job added", "jobs added"));
        if (e.Today.StatusChanges > 0) parts.Add(Count(e.Today.StatusChanges, "status change", "status changes"));
        if (e.Today.InterviewsComing > 0) parts.Add(Count(e.Today.InterviewsComing, "interview this week", "interviews this week"));
        return parts.Count == 0 ? "A quiet day in your job search" : "Today: " + Sentence(parts, capitalise: false);
    }

    public static string Greeting(DigestRecipient to, DigestKind kind)
    {
        var name = string.IsNullOrWhiteSpace(to.FullName) ? null : to.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var hello = kind == DigestKind.Morning ? "Good morning" : "Good evening";
        return name is null ? $"{hello}." : $"{hello}, {name}.";
    }

    /// <summary>"3 more than the week before", "the same as the week before".</summary>
    public static string Trend(int now, int before) => (now - before) switch
    {
        0 => "the same as the week before",
        > 0 and var d => string.Create(CultureInfo.InvariantCulture, $"{d} more than the week before"),
        var d => string.Create(CultureInfo.InvariantCulture, $"{-d} fewer than the week before"),
    };

    public static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    private static string Sentence(List<string> parts, bool capitalise = true)
    {
        var text = parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
        return capitalise && text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }
}
