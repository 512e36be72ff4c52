using Digitize.Core.Evaluation;
using Digitize.Core.Pages;
using Digitize.Ocr.Input;
using Digitize.Ocr.Output;
using Digitize.Ocr.Tests.Support;
using UglyToad.PdfPig;

namespace Digitize.Ocr.Tests.Pipeline;

/// <summary>
/// PDFs protected by an owner password only (the user password empty): anyone may open them, so they are read like any
/// other PDF, and the page PDFs made from them must still join into a document.
/// </summary>
public sealed partial class OcrPipelineTests
{
    [Fact]
    public async Task RecognizePageAsync_ReadsEveryPageOfAScannedPdf_WhenItHasOnlyAnOwnerPassword()
    {
        static bool Upright(GroundTruthPage p) => p.Format == "jpeg" && p.Rotation == 0;
        var dossier = Samples.Truth.Value.First(d => d.Pages.Count(Upright) >= 2);
        var truths = dossier.Pages.Where(Upright).Take(2).ToList();
        using var work = new TempFolder();
        string scan = work.File("scan.pdf");
        await RunAsync("img2pdf", [.. truths.Select(t => Path.Combine(dossier.ScanFolder(Samples.Folder), t.File)), "-o", scan]);
        string locked = await EncryptForOwner(scan, work.File("owner-locked.pdf"));
        string before = Core.Archive.DataFolder.Sha256(locked);

        int count = new ScanPageCounter(Samples.Options()).CountPages(locked);
        var pages = new List<PageResult>();
        for (int p = 1; p <= count; p++)
        {
            pages.Add(await _ocr.RecognizePageAsync(new PageRef(p, locked, p), work.File("work")));
        }
        string merged = work.File("document.pdf");
        await SearchablePdf.MergeAsync(pages.Select(p => p.PdfPath).ToList(), merged, CancellationToken.None);

        Assert.Equal(2, count);
        Assert.All(pages.Zip(truths), pair =>
        {
            Assert.Equal(TextSource.Ocr, pair.First.TextSource);
            Assert.True(EditDistance.Characters(pair.Second.Text, pair.First.Text).Rate < 0.05, pair.First.Text);
        });
        using (var document = PdfDocument.Open(merged))
        {
            Assert.Equal(2, document.NumberOfPages);
            Assert.False(document.IsEncrypted);
        }
        Assert.Equal(before, Core.Archive.DataFolder.Sha256(locked));
    }

    [Fact]
    public async Task RecognizePageAsync_KeepsTheTextOfABornDigitalPdf_WhenItHasOnlyAnOwnerPassword_AndItsPagePdfsJoin()
    {
        using var work = new TempFolder();
        string digital = work.File("digital.pdf");
        string[][] lines =
        [
            ["UY BAN NHAN DAN TINH HA TINH", "So: 531/QD-UBND", "Quyet dinh ve viec phe duyet ke hoach nam 2017"],
            ["Noi nhan: nhu tren", "Chu tich Le Van Huong", "Luu: VT, NC"],
        ];
        BornDigitalPdf.Write(digital, lines);
        string locked = await EncryptForOwner(digital, work.File("owner-locked.pdf"));
        string before = Core.Archive.DataFolder.Sha256(locked);

        Assert.Equal(2, new ScanPageCounter(Samples.Options()).CountPages(locked));
        var first = await _ocr.RecognizePageAsync(new PageRef(1, locked, 1), work.File("work"));
        var second = await _ocr.RecognizePageAsync(new PageRef(2, locked, 2), work.File("work"));
        string merged = work.File("document.pdf");
        await SearchablePdf.MergeAsync([first.PdfPath, second.PdfPath], merged, CancellationToken.None);

        Assert.All([first, second], page => Assert.Equal(TextSource.PdfTextLayer, page.TextSource));
        Assert.Equal(VietnameseText(string.Join(" ", lines[0])), VietnameseText(first.Text));
        Assert.Equal(VietnameseText(string.Join(" ", lines[1])), VietnameseText(second.Text));
        Assert.NotEmpty(first.Words);
        using (var document = PdfDocument.Open(merged))
        {
            Assert.Equal(2, document.NumberOfPages);
        }
        Assert.Equal(VietnameseText(await PdfText(digital)), VietnameseText(await PdfText(merged)));
        Assert.Equal(before, Core.Archive.DataFolder.Sha256(locked));
    }

    private static string VietnameseText(string text) => Core.Text.VietnameseText.FoldWhitespace(text);

    /// <summary>Protects <paramref name="pdf"/> with AES-256 and an owner password, leaving the user password empty.</summary>
    private static async Task<string> EncryptForOwner(string pdf, string target)
    {
        // pdfunite's output makes qpdf warn about its object count; the encrypted copy is sound all the same.
        await RunAsync("qpdf", ["--warning-exit-0", "--encrypt", "", "owner-secret", "256", "--", pdf, target]);
        using var document = PdfDocument.Open(target);
        Assert.True(document.IsEncrypted);
        return target;
    }
}
