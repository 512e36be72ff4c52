using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Spectre.Console;

namespace Digitize.Cli.Output;

/// <summary>Dossier records as the user reads them: a table per dossier on a terminal, plain lines otherwise.</summary>
internal static class RecordView
{
    /// <summary>The record with the PDFs' absolute paths (the catalog keeps them relative to the data folder).</summary>
    public static DossierRecord WithAbsolutePaths(DossierRecord record, DataFolder data) => record with
    {
        Documents = record.Documents.Select(d => d with { Pdf = data.Resolve(d.Pdf) }).ToList(),
    };

    public static void WriteSummaryLines(IReadOnlyList<DossierRecord> records)
    {
        foreach (var record in records)
        {
            Console.WriteLine($"{Escape(record.Label)} [{record.Id}] {record.Status}");
            foreach (var d in record.Documents)
            {
                string type = d.Fields.TryGetValue("documentType", out var t) ? t : "document";
                Console.WriteLine($"  {type} {d.DocumentId}: pages {string.Join(',', d.Pages)}, confidence {d.MeanConfidence:0.00}, {d.Pdf}");
            }
            WriteErrors(record.Errors, "error");
            WriteErrors(record.Warnings ?? [], "warning");
        }
        int pages = records.Sum(r => r.PageDetails.Count);
        Console.WriteLine($"{records.Count} dossiers: {records.Count(r => r.Status == DossierStatus.Completed)} completed, " +
            $"{records.Count(r => r.Status == DossierStatus.Failed)} failed; {pages} pages");
    }

    public static void WriteDetail(DossierRecord record)
    {
        if (!Terminal.OutIsInteractive)
        {
            WriteDetailLines(record);
            return;
        }
        Terminal.Out.Write(new Rule($"{Markup.Escape(Escape(record.Label))} [grey][[{record.Id}]][/] {record.Status}").LeftJustified());
        var pages = new Table().AddColumns("page", "file", "rotated", "deskewed", "confidence", "text");
        foreach (var p in record.PageDetails)
        {
            pages.AddRow($"{p.Page}", Markup.Escape($"{Escape(p.File)} #{p.PageInFile}"), $"{p.Rotation}°", $"{p.Skew}°", $"{p.MeanConfidence:0.00}", p.TextSource);
        }
        Terminal.Out.Write(pages);
        foreach (var document in record.Documents)
        {
            var fields = new Table().AddColumns("field", "value").Title(Markup.Escape($"document {document.DocumentId}: {document.Pdf}"));
            foreach (var (name, value) in document.Fields)
            {
                fields.AddRow(Markup.Escape(name), Markup.Escape(value));
            }
            fields.AddRow("signature", Markup.Escape(Signature(document.Signature)));
            Terminal.Out.Write(fields);
        }
        foreach (var (entries, title) in new[] { (record.Errors, "errors"), (record.Warnings ?? [], "warnings") }.Where(t => t.Item1.Count > 0))
        {
            var table = new Table().AddColumns("file", "page", "stage", "reason").Title(title);
            foreach (var e in entries)
            {
                table.AddRow(Markup.Escape(Escape(e.File)), e.Page?.ToString() ?? "", e.Stage, Markup.Escape(Escape(e.Message)));
            }
            Terminal.Out.Write(table);
        }
    }

    private static void WriteDetailLines(DossierRecord record)
    {
        Console.WriteLine($"{Escape(record.Label)} [{record.Id}] {record.Status}");
        foreach (var file in record.Files)
        {
            Console.WriteLine($"  file {Escape(file.Name)}: {file.Pages} pages, sha256 {file.Sha256}");
        }
        foreach (var page in record.PageDetails)
        {
            Console.WriteLine($"  page {page.Page} ({Escape(page.File)} #{page.PageInFile}): rotated {page.Rotation}°, deskewed {page.Skew}°, confidence {page.MeanConfidence:0.00}");
        }
        foreach (var document in record.Documents)
        {
            Console.WriteLine($"  document {document.DocumentId}: {document.Pdf}");
            foreach (var (name, value) in document.Fields)
            {
                Console.WriteLine($"    {name}: {value}");
            }
            Console.WriteLine($"    signature: {Signature(document.Signature)}");
        }
        WriteErrors(record.Errors, "error");
        WriteErrors(record.Warnings ?? [], "warning");
    }

    private static string Signature(SignatureEntry? signature) => signature is null
        ? "none (not signed yet, or signing is off)"
        : $"{signature.Signer}, {signature.SignedAt:yyyy-MM-dd HH:mm:ss zzz}, PAdES {signature.Level}, sha256 {signature.Sha256}";

    private static void WriteErrors(IEnumerable<ErrorEntry> errors, string kind)
    {
        foreach (var e in errors)
        {
            string where = string.Join(' ', new[] { Escape(e.File), e.Page is { } p ? $"page {p}" : "" }.Where(s => s.Length > 0));
            Console.WriteLine($"  {kind}: {(where.Length > 0 ? where + " " : "")}[{e.Stage}]: {Escape(e.Message)}");
        }
    }

    /// <summary>
    /// Text from the disk (names, and messages that quote them) with control characters (newlines, terminal escape
    /// sequences) and invisible format characters (right-to-left overrides) shown as escapes: a name cannot forge a
    /// line or repaint the terminal.
    /// </summary>
    public static string Escape(string text) =>
        text.Any(IsUnsafe) ? string.Concat(text.Select(c => IsUnsafe(c) ? $"\\u{(int)c:x4}" : c.ToString())) : text;

    private static bool IsUnsafe(char c) => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}
