using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Digitize.Signing.Tests.Support;
using Digitize.Signing.Timestamps;

namespace Digitize.Signing.Tests.Timestamps;

public sealed class SignatureTimestampTests : IDisposable
{
    private readonly TestTimestampAuthority _tsa = TestTimestampAuthority.Start();
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _tsa.Dispose();
    }

    [Fact]
    public async Task AddTo_KeepsTheTokenThroughEncoding_AsSignatureTimeStampToken()
    {
        SignedCms cms = SignedDocument();
        SignerInfo signer = cms.SignerInfos[0];
        byte[] token = await new Rfc3161TimestampClient(_http, _tsa.Url).TimestampAsync(signer.GetSignature(), CancellationToken.None);

        SignatureTimestamp.AddTo(signer, token);
        var decoded = new SignedCms(cms.ContentInfo, detached: true);
        decoded.Decode(cms.Encode());

        SignerInfo decodedSigner = decoded.SignerInfos[0];
        CryptographicAttributeObject attribute = Assert.Single(decodedSigner.UnsignedAttributes.Cast<CryptographicAttributeObject>());
        Assert.Equal(SignatureTimestamp.AttributeOid, attribute.Oid.Value);
        Assert.Equal(token, Assert.Single(attribute.Values.Cast<AsnEncodedData>()).RawData);

        Rfc3161TimestampToken? read = SignatureTimestamp.TryRead(decodedSigner);
        Assert.NotNull(read);
        Assert.True(read.VerifySignatureForSignerInfo(decodedSigner, out X509Certificate2? tsaCertificate));
        Assert.Equal(_tsa.Certificate.Thumbprint, tsaCertificate.Thumbprint);
        decoded.CheckSignature(verifySignatureOnly: true); // unsigned attributes do not touch the signature
    }

    [Fact]
    public void TryRead_ReturnsNull_WhenTheSignerHasNoTimestamp()
    {
        Assert.Null(SignatureTimestamp.TryRead(SignedDocument().SignerInfos[0]));
    }

    [Fact]
    public void AddTo_Throws_WhenSignerInfoIsNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => SignatureTimestamp.AddTo(null!, [1]));
        Assert.Equal("signerInfo", ex.ParamName);
    }

    [Fact]
    public void AddTo_Throws_WhenTokenIsNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => SignatureTimestamp.AddTo(SignedDocument().SignerInfos[0], null!));
        Assert.Equal("token", ex.ParamName);
    }

    [Fact]
    public void TryRead_Throws_WhenSignerInfoIsNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => SignatureTimestamp.TryRead(null!));
        Assert.Equal("signerInfo", ex.ParamName);
    }

    /// <summary>A detached CMS signature over a few bytes, as the PDF signer makes one over the byte ranges.</summary>
    private static SignedCms SignedDocument()
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Digitize test signer", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        var cms = new SignedCms(new ContentInfo("dossier page bytes"u8.ToArray()), detached: true);
        cms.ComputeSignature(new CmsSigner(certificate) { DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1") });
        return cms;
    }
}
