using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Digitize.Signing.Pdf;
using Digitize.Signing.Tests.Support;
using Digitize.Signing.Timestamps;
using Digitize.Signing.Verification;
using UglyToad.PdfPig.Tokens;

namespace Digitize.Signing.Tests.Pdf;

/// <summary>The signed sample checked with poppler and qpdf, the tools an archive would use, and with our verifier.</summary>
public sealed class SignedPdfTests(SignedSampleFixture sample) : IClassFixture<SignedSampleFixture>
{
    private static readonly SignatureVerifier Verifier = new(null);

    [Fact]
    public async Task Pdfsig_reports_a_valid_PAdES_signature_over_the_whole_document()
    {
        var pdfsig = await Tools.RunAsync("pdfsig", sample.Signed);

        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig.StandardOutput);
        Assert.Contains("Total document signed", pdfsig.StandardOutput);
        Assert.Contains("ETSI.CAdES.detached", pdfsig.StandardOutput);
        Assert.Contains("Văn thư Sở Nội vụ", pdfsig.StandardOutput);
    }

    [Fact]
    public async Task Qpdf_finds_no_error_and_pdftotext_still_returns_the_OCR_text_and_the_stamp()
    {
        var qpdf = await Tools.RunAsync("qpdf", "--check", sample.Signed);
        var text = await Tools.RunAsync("pdftotext", sample.Signed, "-");
        var original = await Tools.RunAsync("pdftotext", sample.Searchable, "-");

        Assert.True(qpdf.ExitCode == 0, qpdf.StandardOutput + qpdf.StandardError);
        Assert.Contains("No syntax or stream encoding errors", qpdf.StandardOutput);
        Assert.Contains("SAO Y", text.StandardOutput);
        Assert.Contains("Sở Nội vụ tỉnh Hà Tĩnh", text.StandardOutput.Normalize());   // the certificate's O: no Signing:Agency set
        Assert.Matches(new Regex(@"Thời gian ký: \d\d/\d\d/\d{4} \d\d:\d\d:\d\d \+07:00"), text.StandardOutput.Normalize());
        foreach (string line in original.StandardOutput.Split('\n').Where(l => l.Trim().Length > 20).Take(10))
        {
            Assert.Contains(line.Trim(), text.StandardOutput);
        }
    }

    [Fact]
    public async Task The_archival_copy_declares_PDF_A_2b_with_the_fields_and_an_sRGB_output_intent()
    {
        var info = await Tools.RunAsync("pdfinfo", "-meta", sample.Signed);
        var details = await Tools.RunAsync("pdfinfo", sample.Signed);
        var images = await Tools.RunAsync("pdfimages", "-list", sample.Signed);

        Assert.Contains("<pdfaid:part>2</pdfaid:part>", info.StandardOutput);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", info.StandardOutput);
        Assert.Contains("<dc:identifier>531/QĐ-UBND</dc:identifier>", info.StandardOutput.Normalize());
        Assert.Contains("<rdf:li>2023-05-09</rdf:li>", info.StandardOutput);
        Assert.Contains("Ủy ban nhân dân tỉnh Hà Tĩnh", info.StandardOutput.Normalize());
        Assert.Contains("Về việc phê duyệt kế hoạch", details.StandardOutput.Normalize());
        using var structure = PdfFileStructure.Read(File.ReadAllBytes(sample.Signed), "signed.pdf");
        var intents = structure.Resolve<ArrayToken>(structure.Catalog.Data["OutputIntents"]);
        var intent = structure.Resolve<DictionaryToken>(intents.Data[0]);
        Assert.Equal("GTS_PDFA1", ((NameToken)intent.Data["S"]).Data);
        // A file identifier in the last trailer, which Tesseract's own PDFs lack and PDF/A requires.
        string tail = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(sample.Signed)[^400..]);
        Assert.Matches(new Regex(@"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]"), tail);
        // Page images at the scan's resolution: the samples are 300 dpi.
        Assert.All(images.StandardOutput.Split('\n').Skip(2).Where(l => l.Contains("image")),
            line => Assert.True(int.Parse(Regex.Split(line.Trim(), @"\s+")[12]) >= 200, line));
    }

    [Fact]
    public void Our_verifier_accepts_the_signed_file_and_reports_level_B_B()
    {
        var report = Verifier.Verify(sample.Signed, File.ReadAllBytes(sample.Signed));

        Assert.True(report.IsValid, string.Join("; ", report.Signatures.SelectMany(s => s.Checks).Select(c => c.Detail)));
        var signature = Assert.Single(report.Signatures);
        Assert.Equal("B-B", signature.Level);
        Assert.Equal(sample.Signature.Thumbprint, signature.Thumbprint);
        Assert.Equal(sample.Signature.Sha256, report.Sha256);
        Assert.Equal(sample.Signature.SignedAt, signature.SignedAt);   // read from the signature dictionary's /M
    }

    [Fact]
    public async Task One_changed_byte_in_the_page_content_is_reported_by_pdfsig_and_verify()
    {
        string tampered = sample.Copy("one-byte.pdf");
        byte[] bytes = File.ReadAllBytes(tampered);
        int image = IndexOf(bytes, "/Subtype /Image") + 2000;   // inside the first page's scan, in the signed archival part
        bytes[image] ^= 0x55;
        File.WriteAllBytes(tampered, bytes);

        var pdfsig = await Tools.RunAsync("pdfsig", tampered);
        var report = Verifier.Verify(tampered, bytes);

        Assert.Contains("Signature Validation: Digest Mismatch", pdfsig.StandardOutput);
        Assert.False(report.IsValid);
        Assert.Contains(report.Signatures[0].Checks, c => c is { Name: "signature", Passed: false });
    }

    [Fact]
    public async Task A_page_appended_by_an_incremental_update_is_reported_by_pdfsig_and_verify()
    {
        string tampered = sample.Copy("appended.pdf");
        File.WriteAllBytes(tampered, AppendBlankPage(File.ReadAllBytes(tampered)));

        var pdfsig = await Tools.RunAsync("pdfsig", tampered);
        var pages = await Tools.RunAsync("pdfinfo", tampered);
        var report = Verifier.Verify(tampered, File.ReadAllBytes(tampered));

        Assert.Contains("Pages:           3", pages.StandardOutput);
        Assert.Contains("Not total document signed", pdfsig.StandardOutput);
        Assert.False(report.IsValid);
        Assert.Contains(report.Signatures[^1].Checks, c => c is { Name: "whole file", Passed: false });
    }

    [Fact]
    public async Task A_file_signed_with_another_certificate_shows_another_signer()
    {
        string other = sample.Folder.Combine("other-signer.pdf");
        var otherKey = new InMemoryKey("CN=Người khác, O=Cơ quan khác, C=VN");
        await sample.SignAsync(otherKey, other);

        var pdfsig = await Tools.RunAsync("pdfsig", other);
        var report = Verifier.Verify(other, File.ReadAllBytes(other));

        Assert.Contains("Người khác", pdfsig.StandardOutput);
        Assert.DoesNotContain("Văn thư Sở Nội vụ", pdfsig.StandardOutput);
        // Valid as a signature, but not the agency's and not the catalog's file: verify's catalog check catches it.
        Assert.NotEqual(sample.Signature.Thumbprint, report.Signatures[0].Thumbprint);
        Assert.NotEqual(sample.Signature.Sha256, report.Sha256);
    }

    [Fact]
    public async Task With_a_timestamp_authority_the_signature_is_B_T_and_pdfsig_still_validates_it()
    {
        using var authority = TestTimestampAuthority.Start();
        using var http = new HttpClient();
        string stamped = sample.Folder.Combine("timestamped.pdf");

        var signature = await sample.SignAsync(sample.Key, stamped, new Rfc3161TimestampClient(http, authority.Url));
        var pdfsig = await Tools.RunAsync("pdfsig", stamped);
        var report = Verifier.Verify(stamped, File.ReadAllBytes(stamped));

        Assert.Equal("B-T", signature.Level);
        Assert.Equal(1, authority.RequestCount);
        Assert.True(pdfsig.StandardOutput.Contains("Signature Validation: Signature is Valid."), pdfsig.StandardOutput);
        // poppler 22.12's pdfsig does not print timestamps; the signature it dumps carries the token (openssl shows it).
        var dump = await Tools.RunAsync("bash", "-c", "cd \"$1\" && pdfsig -dump \"$2\" >/dev/null && openssl cms -inform DER -in timestamped.pdf.sig0 -cmsout -print",
            "_", sample.Folder.Path, stamped);
        Assert.Contains("id-smime-aa-timeStampToken", dump.StandardOutput);
        Assert.True(report.IsValid);
        Assert.Equal("B-T", report.Signatures[0].Level);
        Assert.Contains(report.Signatures[0].Checks, c => c.Name == "timestamp" && c.Detail.Contains("B-T"));
    }

    [Fact]
    public async Task With_a_trust_store_verify_checks_the_chain_to_the_agencys_root()
    {
        var (authority, signer) = TestCertificates.CreateChain();
        var (otherAuthority, _) = TestCertificates.CreateChain();
        string p12 = TestCertificates.WritePkcs12(sample.Folder.Combine("chained.p12"), "mật-khẩu", signer, authority);
        var options = new SigningOptions { Key = SigningKeyKind.Pkcs12, Pkcs12 = { Path = p12, Password = "mật-khẩu" } };
        string chained = sample.Folder.Combine("chained.pdf");
        await sample.SignAsync(new Signing.Keys.SigningKeySource(options, sample.Folder.Path,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Signing.Keys.SigningKeySource>.Instance), chained);
        byte[] bytes = File.ReadAllBytes(chained);

        var trusted = new SignatureVerifier([X509CertificateLoader.LoadCertificate(authority.RawData)]).Verify(chained, bytes);
        var untrusted = new SignatureVerifier([X509CertificateLoader.LoadCertificate(otherAuthority.RawData)]).Verify(chained, bytes);

        Assert.True(trusted.IsValid);
        Assert.Contains(trusted.Signatures[0].Checks, c => c is { Name: "chain", Passed: true } && c.Detail.Contains("Digitize test CA"));
        Assert.False(untrusted.IsValid);
        Assert.Contains(untrusted.Signatures[0].Checks, c => c is { Name: "chain", Passed: false });
    }

    private static int IndexOf(byte[] bytes, string text) =>
        System.Text.Encoding.Latin1.GetString(bytes).IndexOf(text, StringComparison.Ordinal);

    /// <summary>What a forger would do: add a page after the signature with an incremental update of their own.</summary>
    private static byte[] AppendBlankPage(byte[] signed)
    {
        using var structure = PdfFileStructure.Read(signed, "signed.pdf");
        var update = new IncrementalUpdate(structure);
        var pagesReference = (IndirectReferenceToken)structure.Catalog.Data["Pages"];
        var pages = structure.Resolve<DictionaryToken>(pagesReference);
        int page = update.Add($"<< /Type /Page /Parent {pagesReference.Data.ObjectNumber} 0 R /MediaBox [0 0 595 842] >>");
        var kids = structure.Resolve<ArrayToken>(pages.Data["Kids"]).Data.Append(new IndirectReferenceToken(new(page, 0))).ToList();
        update.Set((int)pagesReference.Data.ObjectNumber, PdfFileStructure.Write(
            pages.With("Kids", new ArrayToken(kids)).With("Count", new NumericToken(kids.Count))));
        return update.Build().Bytes;
    }
}
