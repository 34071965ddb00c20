using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Tests.Domain.Resumes;

public sealed class ResumeTextTests
{
    [Fact]
    public void Strips_invisible_characters() =>
        Assert.Equal("Jane Doe\nPython", ResumeText.Clean("Ja\u200Bne\u2060 D\uFE0Foe\r\nPy\U000E0041\U000E007Fth\u200Con\u200D"));

    [Fact]
    public void Writes_no_break_spaces_as_spaces_and_drops_control_bytes() =>
        Assert.Equal("a b\nc", ResumeText.Clean("a\u00A0b\u0007\fc"));
}
