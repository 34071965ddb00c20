using CareerCopilot.Web.Domain.Jobs;

namespace CareerCopilot.Tests.Domain.Jobs;

public sealed class JobSearchTextTests
{
    [Fact]
    public void Search_text_holds_the_searchable_fields_in_lower_case()
    {
        var job = new Job { Company = "Zürich Labs", Title = "Go Developer", Location = null, TechStack = ["gRPC", "C#"] };
        job.RefreshDerivedFields();
        Assert.Equal("zürich labs\ngo developer\n\ngrpc\nc#", job.SearchText);
    }
}
