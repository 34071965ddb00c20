namespace CareerCopilot.Web.Domain.Digests;

/// <summary>Who a digest is for and the day it speaks of, whatever its kind.</summary>
public sealed record DigestRecipient(int UserId, string Email, string? FullName, string TimeZone, DateOnly LocalDate);

/// <summary>A digest's content, ready to render; <see cref="HasSomethingToSay"/> decides whether the schedule sends it.</summary>
public abstract record DigestContent(DigestRecipient To)
{
    public abstract DigestKind Kind { get; }
    public abstract bool HasSomethingToSay { get; }
}

/// <summary>A new job worth a look: its score and the reasons for it, one sentence each.</summary>
public sealed record DigestMatch(int JobId, string Title, string Company, string? Location, int Score, IReadOnlyList<string> Reasons);

/// <summary>An open application the user meant to chase on <see cref="Due"/> (today or before).</summary>
public sealed record DigestFollowUp(int JobId, string Title, string Company, DateOnly Due, int DaysOverdue);

/// <summary>An interview on the user's day, at its local time.</summary>
public sealed record DigestInterview(int JobId, string Title, string Company, DateTime AtUtc, TimeOnly LocalTime);

/// <summary>
/// The morning briefing: the best of the jobs that arrived since the last one (at most five, of <see cref="NewMatchCount"/>),
/// follow-ups due today or overdue, today's interviews.
/// </summary>
public sealed record MorningDigest(
    DigestRecipient Recipient, IReadOnlyList<DigestMatch> Matches, int NewMatchCount, IReadOnlyList<DigestFollowUp> FollowUps,
    IReadOnlyList<DigestInterview> Interviews) : DigestContent(Recipient)
{
    public const int TopMatches = 5;

    public override DigestKind Kind => DigestKind.Morning;
    public override bool HasSomethingToSay => Matches.Count > 0 || FollowUps.Count > 0 || Interviews.Count > 0;
}

/// <summary>The day in numbers.</summary>
public sealed record DayNumbers(int JobsAdded, int ApplicationsSent, int StatusChanges, int InterviewsComing)
{
    /// <summary>Something happened today, or an interview is coming.</summary>
    public bool AnyActivity => JobsAdded > 0 || ApplicationsSent > 0 || StatusChanges > 0 || InterviewsComing > 0;
}

/// <summary>The last seven days against the seven before.</summary>
public sealed record WeekNumbers(int JobsAdded, int ApplicationsSent, int PreviousJobsAdded, int PreviousApplicationsSent);

public enum SuggestionKind { ChaseApplication, LearnSkill }

/// <summary>The one thing the evening summary suggests: an application to chase, else a skill to learn.</summary>
public sealed record DigestSuggestion(SuggestionKind Kind, string Text, int? JobId = null);

/// <summary>
/// The evening summary: the day in numbers, the week's progress, one suggestion. Sent when the day had something in
/// it (a job, an application, a move) or an interview is coming; a suggestion alone is not worth a mail.
/// </summary>
public sealed record EveningDigest(DigestRecipient Recipient, DayNumbers Today, WeekNumbers Week, DigestSuggestion? Suggestion)
    : DigestContent(Recipient)
{
    public const int InterviewDays = 7;

    public override DigestKind Kind => DigestKind.Evening;
    public override bool HasSomethingToSay => Today.AnyActivity;
}
