using CareerCopilot.Web.Domain.Common;

namespace CareerCopilot.Tests.Domain.Common;

public sealed class PagingTests
{
    [Theory]
    [InlineData(null, null, 1, 20)]
    [InlineData(3, 100, 3, 100)]
    [InlineData(1, 1, 1, 1)]
    public void The_api_accepts_pages_within_bounds(int? page, int? size, int expectedPage, int expectedSize)
    {
        var request = PageRequest.Parse(page, size);
        Assert.Equal((expectedPage, expectedSize), (request.Page, request.PageSize));
    }

    [Theory]
    [InlineData(0, 20, "page")]
    [InlineData(-4, 20, "page")]
    [InlineData(1, 101, "page_size")]
    [InlineData(1, 0, "page_size")]
    public void The_api_refuses_pages_out_of_bounds_naming_the_field(int page, int size, string field)
    {
        var e = Assert.Throws<ValidationFailedException>(() => PageRequest.Parse(page, size));
        Assert.True(e.Errors.ContainsKey(field));
    }

    [Fact]
    public void The_ui_clamps_pages_into_bounds()
    {
        Assert.Equal(new PageRequest(1, 100), PageRequest.Clamp(-3, 5000));
        Assert.Equal(new PageRequest(1, 1), PageRequest.Clamp(0, 0));
    }

    [Fact]
    public void Skip_and_page_count_follow_from_the_page()
    {
        Assert.Equal(40, new PageRequest(3, 20).Skip);
        Assert.Equal(3, new PagedResult<int>([], 1, 20, 41).TotalPages);
        Assert.Equal(1, new PagedResult<int>([], 1, 20, 0).TotalPages);
    }
}
