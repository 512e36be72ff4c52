using System.Text.RegularExpressions;
using Digitize.Core.Dossiers;
using Digitize.Signing.Archival;
using Digitize.Signing.Tests.Support;

namespace Digitize.Signing.Tests.Pdf;

/// <summary>A sample signed through the whole path, checked with poppler and qpdf, the tools an archive would use.</summary>
public sealed class SignedPdfTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly InMemoryKey _key = new();

    [Fact]
    public async Task Signed_archival_pdf_is_valid_for_pdfsig_whole_for_qpdf_and_keeps_its_text()
    {
        string searchable = await Tools.SearchablePdfAsync(_folder.Path, "HS-2023-0001/page-01.jpg", "HS-2023-0001/page-02.jpg");
        string signed = _folder.File("signed.pdf");
        var metadata = new ArchivalMetadata("Quyết định", "531/QĐ-UBND", new DateOnly(2023, 5, 9), "Ủy ban nhân dân tỉnh Hà Tĩnh", "Về việc thử");
        using var signer = new DocumentSigner(new SigningOptions(), _key, null, TimeProvider.System);

        var signature = await signer.SignAsync(searchable, signed, metadata, metadata.Subject!, _folder.Path, CancellationToken.None);

        var pdfsig = await Tools.RunAsync("pdfsig", signed);
        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig.StandardOutput);
        Assert.Contains("Total document signed", pdfsig.StandardOutput);
        Assert.Contains("ETSI.CAdES.detached", pdfsig.StandardOutput);
        var qpdf = await Tools.RunAsync("qpdf", "--check", signed);
        Assert.True(qpdf.ExitCode == 0, qpdf.StandardOutput + qpdf.StandardError);
        var text = await Tools.RunAsync("pdftotext", signed, "-");
        Assert.Contains("SAO Y", text.StandardOutput);
        Assert.Contains("Thời gian ký:", text.StandardOutput);
        Assert.Matches(new Regex("CỘNG HÒA|HÒA XÃ HỘI"), text.StandardOutput);
        Assert.Equal("B-B", signature.Level);
    }

    public void Dispose()
    {
        _folder.Dispose();
    }
}
