using Digitize.Signing.Pdf;

namespace Digitize.Signing.Tests.Pdf;

/// <summary>The searchable PDF a correction re-signs from is the signed file's first revision, byte for byte.</summary>
public sealed class SearchableRevisionTests(SignedSampleFixture sample) : IClassFixture<SignedSampleFixture>
{
    [Fact]
    public void Recover_GivesTheSearchablePdfsExactBytes()
    {
        byte[] searchable = File.ReadAllBytes(sample.Searchable);

        byte[] recovered = SearchableRevision.Recover(File.ReadAllBytes(sample.Signed), 2, "signed.pdf");

        Assert.Equal(searchable.Length, recovered.Length);
        Assert.True(searchable.AsSpan().SequenceEqual(recovered));
    }

    [Fact]
    public void Recover_Throws_ForAFileThatIsNotSigned()
    {
        var error = Assert.Throws<InvalidPdfException>(() =>
            SearchableRevision.Recover(File.ReadAllBytes(sample.Searchable), 2, "searchable.pdf"));

        Assert.Contains("searchable.pdf", error.Message);
    }

    [Fact]
    public void Recover_Throws_WhenThePageCountDiffers()
    {
        var error = Assert.Throws<InvalidPdfException>(() =>
            SearchableRevision.Recover(File.ReadAllBytes(sample.Signed), 3, "signed.pdf"));

        Assert.Contains("2 pages, the document 3", error.Message);
    }
}
