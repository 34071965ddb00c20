using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CareerCopilot.Web.Domain.Ingestion;

namespace CareerCopilot.Web.Infrastructure.JobSources;

/// <summary>A board's answer, read whole within the size limit, with its headers for boards that say things there.</summary>
public sealed class BoardResponse(byte[] body, HttpResponseHeaders headers)
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 128 };

    public HttpResponseHeaders Headers { get; } = headers;

    /// <summary>The body as JSON; an answer that is not JSON is the board's failure, said so.</summary>
    public JsonElement Json()
    {
        try
        {
            using var document = JsonDocument.Parse(body, Lenient);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new BoardFetchException("The board's answer is not the JSON it should send.", e);
        }
    }

    /// <summary>The body as XML, with no DTD and no external entities.</summary>
    public XDocument Xml()
    {
        try
        {
            using var stream = new MemoryStream(body);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new BoardFetchException("The board's answer is not the XML it should send.", e);
        }
    }
}
