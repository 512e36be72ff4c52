using Digitize.Signing.Pdf;
using UglyToad.PdfPig.Tokens;

namespace Digitize.Signing.Archival;

/// <summary>
/// Makes the OCR core's searchable PDF archival (PDF/A-2b), before signing since any later rewrite would break the
/// signature: the page images and the invisible text layer are kept byte for byte; an incremental update gives the
/// catalog the XMP metadata and an sRGB output intent, and the document information the extracted fields. PDF/A-2
/// allows incremental updates, so no rewrite of the whole file (and no second parse) is needed before the signature's
/// own update.
/// </summary>
internal static class ArchivalPdf
{
    public const string Producer = "Digitize";

    /// <summary>The archival copy of <paramref name="searchable"/>, described for the signature's update.</summary>
    public static PdfFileStructure Create(PdfFileStructure searchable, ArchivalMetadata metadata, string title, DateTimeOffset created)
    {
        var info = new ArchivalInfo(metadata, title, metadata.Description(), Keywords(metadata), "Digitize (Tesseract OCR)",
            Producer, created);
        var update = new IncrementalUpdate(searchable);
        int profile = update.AddStream("/N 3", SystemResources.SrgbProfile);
        int intent = update.Add("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) " +
            $"/Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /DestOutputProfile {PdfSyntax.Reference(profile)} >>");
        // PDF/A readers must find the metadata without decoding: the XMP stream stays uncompressed.
        int xmp = update.AddStream("/Type /Metadata /Subtype /XML", XmpPacket.Create(info), compress: false);
        update.Info = update.Add(InformationDictionary(info));
        update.Catalog = searchable.Catalog
            .With("Metadata", new IndirectReferenceToken(new(xmp, 0)))
            .With("OutputIntents", new ArrayToken([new IndirectReferenceToken(new(intent, 0))]));
        return update.Build();
    }

    private static string InformationDictionary(ArchivalInfo info)
    {
        var entries = new List<string> { $"/Title {PdfSyntax.Text(info.Title)}" };
        if (info.Metadata.Issuer is { } issuer) entries.Add($"/Author {PdfSyntax.Text(issuer)}");
        if (info.Description.Length > 0) entries.Add($"/Subject {PdfSyntax.Text(info.Description)}");
        if (info.Keywords is { } keywords) entries.Add($"/Keywords {PdfSyntax.Text(keywords)}");
        entries.Add($"/Creator {PdfSyntax.Text(info.Creator)}");
        entries.Add($"/Producer {PdfSyntax.Text(info.Producer)}");
        entries.Add($"/CreationDate {PdfSyntax.Date(info.Created)}");
        entries.Add($"/ModDate {PdfSyntax.Date(info.Created)}");
        return "<< " + string.Join(' ', entries) + " >>";
    }

    private static string? Keywords(ArchivalMetadata metadata)
    {
        string keywords = string.Join("; ", new[] { metadata.DocumentType, metadata.Number }.OfType<string>());
        return keywords.Length > 0 ? keywords : null;
    }
}
