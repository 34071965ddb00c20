namespace CareerCopilot.Web.Domain.Resumes;

/// <summary>Hands a resume, already a row, to background parsing; infrastructure decides how (a queue in this process).</summary>
public interface IResumeParseDispatcher
{
    void Dispatch(int resumeId);
}
