using CareerCopilot.Web.Domain.Resumes;
using Coravel.Queuing.Interfaces;

namespace CareerCopilot.Web.Infrastructure.Scheduling;

/// <summary>Resumes go to Coravel's queue in this process; the row is the truth if the process stops.</summary>
public sealed class CoravelResumeParseDispatcher(IQueue queue) : IResumeParseDispatcher
{
    public void Dispatch(int resumeId) => queue.QueueInvocableWithPayload<ResumeParseJob, int>(resumeId);
}
