using Digitize.Core.Errors;
using Digitize.Core.Tools;
using Digitize.Signing.Pdf;
using UglyToad.PdfPig.Tokens;

namespace Digitize.Signing.Archival;

/// <summary>
/// Makes the OCR core's searchable PDF archival (PDF/A-2b), before signing since any later rewrite would break the
/// signature: the page images and the invisible text layer are kept as they are; the catalog gains the XMP metadata
/// and an sRGB output intent, the document information the extracted fields. qpdf then writes the result as a
/// single revision with a plain cross-reference table and a file identifier, ready for the signature's update.
/// </summary>
public static class ArchivalPdf
{
    public const string Producer = "Digitize";

    /// <summary>Writes the archival copy of <paramref name="searchablePdf"/> to <paramref name="archivalPdf"/>.</summary>
    /// <exception cref="InvalidPdfException">The input cannot be read as a PDF.</exception>
    public static async Task CreateAsync(string searchablePdf, string archivalPdf, ArchivalMetadata metadata, string title,
        DateTimeOffset created, CancellationToken cancellationToken)
    {
        var info = new ArchivalInfo(metadata, title, metadata.Description(), Keywords(metadata), "Digitize (Tesseract OCR)",
            Producer, created);
        string staged = archivalPdf + ".part";
        byte[] updated;
        using (var source = PdfFileStructure.Read(await File.ReadAllBytesAsync(searchablePdf, cancellationToken),
            Path.GetFileName(searchablePdf)))
        {
            updated = WithArchivalParts(source, info);
        }
        await File.WriteAllBytesAsync(staged, updated, cancellationToken);
        try
        {
            // One revision, no object streams: the signature appends a classic cross-reference section after it.
            var qpdf = await ExternalTool.RunAsync("qpdf",
                ["--object-streams=disable", "--deterministic-id", "--warning-exit-0", staged, archivalPdf], cancellationToken);
            if (qpdf.ExitCode != 0)
            {
                throw new InvalidPdfException($"{Path.GetFileName(searchablePdf)}: qpdf could not write the archival copy: {qpdf.StandardError}");
            }
        }
        finally
        {
            File.Delete(staged);
        }
    }

    private static byte[] WithArchivalParts(PdfFileStructure source, ArchivalInfo info)
    {
        var update = new IncrementalUpdate(source);
        int profile = update.AddStream("/N 3", SystemResources.SrgbProfile);
        int intent = update.Add("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) " +
            $"/Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /DestOutputProfile {PdfSyntax.Reference(profile)} >>");
        // PDF/A readers must find the metadata without decoding: the XMP stream stays uncompressed.
        int xmp = update.AddStream("/Type /Metadata /Subtype /XML", XmpPacket.Create(info), compress: false);
        update.Info = update.Add(InformationDictionary(info));
        var catalog = source.Catalog
            .With("Metadata", new IndirectReferenceToken(new(xmp, 0)))
            .With("OutputIntents", new ArrayToken([new IndirectReferenceToken(new(intent, 0))]));
        update.Set((int)source.Root.ObjectNumber, PdfFileStructure.Write(catalog));
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
