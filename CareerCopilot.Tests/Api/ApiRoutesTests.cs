using CareerCopilot.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CareerCopilot.Tests.Api;

public sealed class ApiRoutesTests
{
    [Theory]
    [InlineData("/api", true)]
    [InlineData("/api/v1/jobs", true)]
    [InlineData("/API/v1/jobs", true)]
    [InlineData("/apiary", false)]
    [InlineData("/jobs/api", false)]
    [InlineData("/", false)]
    public void Everything_under_the_api_segment_is_the_api(string path, bool api) =>
        Assert.Equal(api, ApiRoutes.IsApi(new PathString(path)));

    [Theory]
    [InlineData("/api/v1/jobs", true)]
    [InlineData("/jobs", false)]
    public void A_failed_request_is_judged_by_the_path_it_was_sent_to_not_the_error_page(string sentTo, bool api)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = "/error";
        http.Features.Set<IExceptionHandlerPathFeature>(new ExceptionHandlerFeature { Path = sentTo, Error = new InvalidOperationException() });
        Assert.Equal(api, ApiRoutes.IsApi(http));
    }
}
