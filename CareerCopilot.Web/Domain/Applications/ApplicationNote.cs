using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Web.Domain.Applications;

/// <summary>What a note records: something written down, a call, an email, an interview.</summary>
public enum NoteKind { Note, Call, Email, Interview }

/// <summary>One dated entry in an application's timeline, beside its status history.</summary>
public sealed class ApplicationNote : IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public int ApplicationId { get; set; }
    public NoteKind Kind { get; set; }
    public string Text { get; set; } = "";

    /// <summary>The day it happened, in the user's calendar: a call is noted the evening after, an interview ahead.</summary>
    public DateOnly OccurredOn { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A new note as a client sent it: the kind still as text, the date optional (today when left out).</summary>
public sealed record NoteFields(string? Kind, string? Text, DateOnly? OccurredOn);
