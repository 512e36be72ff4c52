using Digitize.Signing.Archival;
using Digitize.Signing.Tests.Support;

namespace Digitize.Signing.Tests.Pdf;

/// <summary>
/// A two-page sample made searchable by Tesseract and signed once, shared by the tests that inspect or tamper with it
/// (each tampers with its own copy).
/// </summary>
public sealed class SignedSampleFixture : IAsyncLifetime
{
    public TempFolder Folder { get; } = new();

    public InMemoryKey Key { get; } = new();

    public string Searchable { get; private set; } = "";

    public string Signed => Folder.Combine("signed.pdf");

    public Core.Dossiers.SignatureEntry Signature { get; private set; } = null!;

    public static ArchivalMetadata Metadata { get; } =
        new("Quyết định", "531/QĐ-UBND", new DateOnly(2023, 5, 9), "Ủy ban nhân dân tỉnh Hà Tĩnh", "Về việc phê duyệt kế hoạch");

    public async Task InitializeAsync()
    {
        Searchable = await Tools.SearchablePdfAsync(Folder.Path, "HS-2023-0001/page-01.jpg", "HS-2023-0001/page-02.jpg");
        Signature = await SignAsync(Key, Signed);
    }

    /// <summary>Signs the sample again into <paramref name="output"/>, with another key or a timestamp authority.</summary>
    public async Task<Core.Dossiers.SignatureEntry> SignAsync(Signing.Keys.ISigningKeySource key, string output,
        Signing.Timestamps.ITimestampClient? timestamps = null)
    {
        using var signer = new DocumentSigner(new SigningOptions(), key, timestamps, TimeProvider.System);
        return await signer.SignAsync(Searchable, output, Metadata, Metadata.Subject!, Folder.Path, CancellationToken.None);
    }

    /// <summary>A copy of the signed sample to tamper with.</summary>
    public string Copy(string name)
    {
        string copy = Folder.Combine(name);
        File.Copy(Signed, copy, overwrite: true);
        return copy;
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }
}
