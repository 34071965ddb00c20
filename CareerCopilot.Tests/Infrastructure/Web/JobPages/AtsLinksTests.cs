using CareerCopilot.Web.Domain.Ingestion;
using CareerCopilot.Web.Infrastructure.Web.JobPages;

namespace CareerCopilot.Tests.Infrastructure.Web.JobPages;

public sealed class AtsLinksTests
{
    [Theory]
    [InlineData("https://boards.greenhouse.io/acme/jobs/4012345", BoardType.Greenhouse, "acme", "4012345")]
    [InlineData("https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=abc", BoardType.Greenhouse, "acme", "4012345")]
    [InlineData("https://job-boards.eu.greenhouse.io/acme/jobs/4012345", BoardType.Greenhouse, "acme", "4012345")]
    [InlineData("https://jobs.lever.co/leverdemo/5ac21346-8e0c-4494-8e7a-3eb92ff77902", BoardType.Lever, "leverdemo", "5ac21346-8e0c-4494-8e7a-3eb92ff77902")]
    [InlineData("https://jobs.eu.lever.co/leverdemo/5ac21346-8e0c/apply", BoardType.LeverEu, "leverdemo", "5ac21346-8e0c")]
    [InlineData("https://jobs.ashbyhq.com/acme/3d3b0a1c-1111-2222", BoardType.Ashby, "acme", "3d3b0a1c-1111-2222")]
    [InlineData("https://apply.workable.com/acme/j/ABC123DEF/", BoardType.Workable, "acme", "ABC123DEF")]
    [InlineData("https://jobs.smartrecruiters.com/Acme1/743999912345678-senior-engineer", BoardType.SmartRecruiters, "Acme1", "743999912345678")]
    [InlineData("https://bunq.recruitee.com/o/senior-product-owner-1", BoardType.Recruitee, "bunq", "senior-product-owner-1")]
    public void A_known_ats_job_link_names_its_board_key_and_id(string url, BoardType board, string key, string id) =>
        Assert.Equal(new AtsLink(board, key, id), AtsLinks.Recognise(new Uri(url)));

    [Theory]
    [InlineData("https://boards.greenhouse.io/acme")]
    [InlineData("https://jobs.lever.co/acme")]
    [InlineData("https://boards.greenhouse.io/acme/jobs/%2E%2E")]
    [InlineData("https://boards.greenhouse.io/ac%2Fme/jobs/1")]
    [InlineData("https://jobs.lever.co/acme/..%2F..%2Fadmin")]
    [InlineData("https://jobs.ashbyhq.com/acme/id%3Fx%3D1")]
    [InlineData("https://example.com/jobs/1")]
    public void A_link_that_is_no_job_page_or_whose_parts_are_not_plain_segments_is_not_one(string url) =>
        Assert.Null(AtsLinks.Recognise(new Uri(url)));
}
