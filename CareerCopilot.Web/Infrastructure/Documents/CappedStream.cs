using CareerCopilot.Web.Domain.Resumes;

namespace CareerCopilot.Web.Infrastructure.Documents;

/// <summary>
/// Reads an inflating stream and stops with <see cref="ResumeError.ArchiveTooLarge"/> once more than the budget has
/// come out of it: an archive's declared sizes can lie, the bytes it inflates to cannot.
/// </summary>
internal sealed class CappedStream(Stream inner, InflateBudget budget) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => budget.Take(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => budget.Take(inner.Read(buffer));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>How many inflated bytes one document's reading may still take.</summary>
internal sealed class InflateBudget(long bytes)
{
    private long left = bytes;

    public int Take(int read)
    {
        left -= read;
        if (left < 0)
            throw new ResumeReadException(ResumeError.ArchiveTooLarge, "The document inflates to more than a resume can be.");
        return read;
    }
}
