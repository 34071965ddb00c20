namespace CareerCopilot.Web.Domain.Digests;

/// <summary>The two daily emails: the morning briefing at 08:00 and the evening summary at 20:00, in the user's time zone.</summary>
public enum DigestKind { Morning, Evening }
