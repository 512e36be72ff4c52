using System.Globalization;
using System.Security;
using System.Text;

namespace Digitize.Signing.Archival;

/// <summary>
/// The XMP metadata of an archival PDF: the PDF/A-2b identification and the document's fields in Dublin Core
/// properties (title = subject, creator = issuing agency, type, identifier = number, date = issue date), which
/// PDF/A predefines, so no extension schema is needed. Values mirror the document information dictionary, as
/// PDF/A requires.
/// </summary>
internal static class XmpPacket
{
    public static byte[] Create(ArchivalInfo info)
    {
        var dc = new StringBuilder();
        dc.Append("<dc:format>application/pdf</dc:format>\n");
        dc.Append($"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(info.Title)}</rdf:li></rdf:Alt></dc:title>\n");
        if (info.Description is { Length: > 0 } description)
        {
            dc.Append($"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(description)}</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (info.Metadata.Issuer is { } issuer)
        {
            dc.Append($"<dc:creator><rdf:Seq><rdf:li>{Escape(issuer)}</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.Metadata.DocumentType is { } type)
        {
            dc.Append($"<dc:type><rdf:Bag><rdf:li>{Escape(type)}</rdf:li></rdf:Bag></dc:type>\n");
        }
        if (info.Metadata.Number is { } number)
        {
            dc.Append($"<dc:identifier>{Escape(number)}</dc:identifier>\n");
        }
        if (info.Metadata.IssuedDate is { } date)
        {
            dc.Append($"<dc:date><rdf:Seq><rdf:li>{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</rdf:li></rdf:Seq></dc:date>\n");
        }
        string created = info.Created.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        string keywords = info.Keywords is { Length: > 0 } k ? $"<pdf:Keywords>{Escape(k)}</pdf:Keywords>\n" : "";
        string xml = $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
            <pdfaid:part>2</pdfaid:part>
            <pdfaid:conformance>B</pdfaid:conformance>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            {dc}</rdf:Description>
            <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>{created}</xmp:CreateDate>
            <xmp:ModifyDate>{created}</xmp:ModifyDate>
            <xmp:MetadataDate>{created}</xmp:MetadataDate>
            <xmp:CreatorTool>{Escape(info.Creator)}</xmp:CreatorTool>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>{Escape(info.Producer)}</pdf:Producer>
            {keywords}</rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            {new string(' ', 1024)}
            <?xpacket end="w"?>
            """;
        return Encoding.UTF8.GetBytes(xml.Normalize(NormalizationForm.FormC));
    }

    private static string Escape(string value) => SecurityElement.Escape(value.Normalize(NormalizationForm.FormC));
}

/// <summary>What goes into both the document information dictionary and the XMP packet.</summary>
internal sealed record ArchivalInfo(ArchivalMetadata Metadata, string Title, string Description, string? Keywords,
    string Creator, string Producer, DateTimeOffset Created);
