using Digitize.Signing.Archival;
using Digitize.Signing.Keys;
using Digitize.Signing.Tests.Support;

namespace Digitize.Signing.Tests.Pdf;

/// <summary>The signer's own rules: what it does with a page without text, a character the font lacks, a key that fails.</summary>
public sealed class DocumentSignerTests(SignedSampleFixture sample) : IClassFixture<SignedSampleFixture>
{
    private static readonly ArchivalMetadata Metadata = new("Quyết định", "12/QĐ-UBND", null, null, null);

    [Fact]
    public async Task A_page_without_a_text_layer_is_rendered_to_find_space_and_the_signature_is_valid()
    {
        // An image-only PDF, as a scanner exports it: no words to read, so page 1 is rendered.
        string imageOnly = sample.Folder.Combine("image-only.pdf");
        var wrap = await Tools.RunAsync("img2pdf", Repository.Sample("HS-2023-0001/page-03.jpg"), "-o", imageOnly);
        Assert.True(wrap.ExitCode == 0, wrap.StandardError);
        string signed = sample.Folder.Combine("image-only-signed.pdf");
        using var signer = new DocumentSigner(new SigningOptions(), sample.Key, null, TimeProvider.System);

        await signer.SignAsync(imageOnly, signed, Metadata, "ảnh quét", sample.Folder.Combine("work"), CancellationToken.None);
        var pdfsig = await Tools.RunAsync("pdfsig", signed);
        var text = await Tools.RunAsync("pdftotext", signed, "-");

        Assert.Contains("Signature Validation: Signature is Valid.", pdfsig.StandardOutput);
        Assert.Contains("Total document signed", pdfsig.StandardOutput);
        Assert.Contains("SAO Y", text.StandardOutput);
        Assert.Empty(Directory.GetFiles(sample.Folder.Combine("work")));
    }

    [Fact]
    public async Task An_agency_name_the_font_cannot_show_fails_with_the_character_named()
    {
        var options = new SigningOptions { Agency = "Sở Nội vụ 中" };
        using var signer = new DocumentSigner(options, sample.Key, null, TimeProvider.System);

        var error = await Assert.ThrowsAsync<SigningException>(() => signer.SignAsync(sample.Searchable,
            sample.Folder.Combine("never.pdf"), Metadata, "x", sample.Folder.Path, CancellationToken.None));

        Assert.Contains("U+4E2D", error.Message);
        Assert.False(File.Exists(sample.Folder.Combine("never.pdf")));
    }

    [Fact]
    public async Task A_key_that_fails_while_signing_is_opened_afresh_on_the_next_document()
    {
        var now = DateTimeOffset.UtcNow;
        var key = new InMemoryKey(notAfter: now.AddDays(1));
        var source = new CountingSource(key);
        var clock = new MovableClock(now);
        using var signer = new DocumentSigner(new SigningOptions(), source, null, clock);
        string output = sample.Folder.Combine("reopened.pdf");

        await signer.SignAsync(sample.Searchable, output, Metadata, "x", sample.Folder.Path, CancellationToken.None);
        clock.Now = now.AddDays(2);   // the certificate has expired since the key was opened
        var expired = await Assert.ThrowsAsync<SigningKeyException>(() =>
            signer.SignAsync(sample.Searchable, output, Metadata, "x", sample.Folder.Path, CancellationToken.None));
        clock.Now = now;              // say, the agency's renewed key is in place
        await signer.SignAsync(sample.Searchable, output, Metadata, "x", sample.Folder.Path, CancellationToken.None);

        Assert.Contains("expired", expired.Message);
        Assert.Equal(2, source.Opens);
    }

    private sealed class CountingSource(ISigningKeySource inner) : ISigningKeySource
    {
        public int Opens { get; private set; }

        public ISigningKey Open()
        {
            Opens++;
            return inner.Open();
        }
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
