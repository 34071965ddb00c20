using CareerCopilot.Web.Domain.Resumes;
using Coravel.Invocable;

namespace CareerCopilot.Web.Infrastructure.Scheduling;

/// <summary>Parses one queued resume.</summary>
public sealed class ResumeParseJob(ResumeService resumes) : IInvocable, IInvocableWithPayload<int>, ICancellableInvocable
{
    public int Payload { get; set; }
    public CancellationToken CancellationToken { get; set; }

    public Task Invoke() => resumes.ParseAsync(Payload, CancellationToken);
}
