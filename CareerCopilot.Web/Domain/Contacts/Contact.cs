using CareerCopilot.Web.Domain.Common;
using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Web.Domain.Contacts;

/// <summary>A person met along the way (a recruiter, a hiring manager), linked to every job they are part of.</summary>
public sealed class Contact : IUserOwned
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Link { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<JobContact> Jobs { get; set; } = [];
}

/// <summary>A contact on a job: one recruiter can be on several jobs, and a job can have several people.</summary>
public sealed class JobContact : IUserOwned
{
    public int UserId { get; set; }
    public int JobId { get; set; }
    public Job Job { get; set; } = null!;
    public int ContactId { get; set; }
    public Contact Contact { get; set; } = null!;
}
