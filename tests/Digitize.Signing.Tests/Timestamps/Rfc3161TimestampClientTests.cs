using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Digitize.Signing.Tests.Support;
using Digitize.Signing.Timestamps;
using Fault = Digitize.Signing.Tests.Support.TestTimestampAuthority.Fault;

namespace Digitize.Signing.Tests.Timestamps;

public sealed class Rfc3161TimestampClientTests : IDisposable
{
    private static readonly byte[] SignatureValue = RandomNumberGenerator.GetBytes(256);

    private readonly TestTimestampAuthority _tsa = TestTimestampAuthority.Start();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public void Dispose()
    {
        _http.Dispose();
        _tsa.Dispose();
    }

    [Fact]
    public void Ctor_Throws_WhenHttpIsNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Rfc3161TimestampClient(null!, _tsa.Url));
        Assert.Equal("http", ex.ParamName);
    }

    [Fact]
    public void Ctor_Throws_WhenAuthorityIsNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Rfc3161TimestampClient(_http, null!));
        Assert.Equal("authority", ex.ParamName);
    }

    [Theory]
    [InlineData("/tsa")]
    [InlineData("ftp://tsa.example/")]
    public void Ctor_Throws_WhenAuthorityIsNotAnAbsoluteHttpUrl(string url)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Rfc3161TimestampClient(_http, new Uri(url, UriKind.RelativeOrAbsolute)));
        Assert.Equal("authority", ex.ParamName);
    }

    [Fact]
    public async Task TimestampAsync_ReturnsTokenOnTheSignatureValue_WhenAuthorityGrants()
    {
        byte[] encoded = await Client().TimestampAsync(SignatureValue, CancellationToken.None);

        Assert.True(Rfc3161TimestampToken.TryDecode(encoded, out Rfc3161TimestampToken? token, out int bytesConsumed));
        Assert.Equal(encoded.Length, bytesConsumed);
        Rfc3161TimestampTokenInfo info = token.TokenInfo;
        Assert.InRange(info.Timestamp, DateTimeOffset.UtcNow.AddSeconds(-10), DateTimeOffset.UtcNow.AddSeconds(2));
        Assert.Equal("2.16.840.1.101.3.4.2.1", info.HashAlgorithmId.Value); // SHA-256
        Assert.Equal(SHA256.HashData(SignatureValue), info.GetMessageHash().ToArray());
        Assert.Equal(TestTimestampAuthority.PolicyOid, info.PolicyId.Value);
        Assert.NotNull(info.GetNonce());
        Assert.True(token.VerifySignatureForData(SignatureValue, out var signer));
        Assert.Equal(_tsa.Certificate.Thumbprint, signer.Thumbprint);
        Assert.Equal(1, _tsa.RequestCount);
    }

    [Fact]
    public async Task TimestampAsync_UsesAFreshNonce_WhenCalledTwice()
    {
        Rfc3161TimestampClient client = Client();

        byte[] first = await client.TimestampAsync(SignatureValue, CancellationToken.None);
        byte[] second = await client.TimestampAsync(SignatureValue, CancellationToken.None);

        Assert.NotEqual(Nonce(first), Nonce(second));
    }

    [Fact]
    public async Task TimestampAsync_ThrowsNamingTheUrl_WhenNothingListens()
    {
        var closedPort = new TcpListener(IPAddress.Loopback, 0);
        closedPort.Start();
        var url = new Uri($"http://127.0.0.1:{((IPEndPoint)closedPort.LocalEndpoint).Port}/tsa");
        closedPort.Stop();

        var ex = await Assert.ThrowsAsync<TimestampException>(
            () => new Rfc3161TimestampClient(_http, url).TimestampAsync(SignatureValue, CancellationToken.None));

        Assert.Contains(url.ToString(), ex.Message);
        Assert.Contains("cannot be reached", ex.Message);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task TimestampAsync_ThrowsWithTheHttpStatus_WhenAuthorityAnswers503()
    {
        _tsa.FailNext(Fault.ServiceUnavailable);

        var ex = await Assert.ThrowsAsync<TimestampException>(() => Client().TimestampAsync(SignatureValue, CancellationToken.None));

        Assert.Contains(_tsa.Url.ToString(), ex.Message);
        Assert.Contains("HTTP 503", ex.Message);
        Assert.Equal(1, _tsa.RequestCount); // no retry inside: the pipeline's stage retries
    }

    [Fact]
    public async Task TimestampAsync_SucceedsOnTheNextCall_AfterA503()
    {
        _tsa.FailNext(Fault.ServiceUnavailable);
        Rfc3161TimestampClient client = Client();

        await Assert.ThrowsAsync<TimestampException>(() => client.TimestampAsync(SignatureValue, CancellationToken.None));
        byte[] token = await client.TimestampAsync(SignatureValue, CancellationToken.None);

        Assert.NotEmpty(token);
        Assert.Equal(2, _tsa.RequestCount);
    }

    [Fact]
    public async Task TimestampAsync_ThrowsWithTheAuthoritysText_WhenItRejects()
    {
        _tsa.FailNext(Fault.Rejection);

        var ex = await Assert.ThrowsAsync<TimestampException>(() => Client().TimestampAsync(SignatureValue, CancellationToken.None));

        Assert.Contains(_tsa.Url.ToString(), ex.Message);
        Assert.Contains("Rejection", ex.Message);
        Assert.Contains("SystemFailure", ex.Message);
        Assert.Contains(TestTimestampAuthority.RejectionText, ex.Message);
    }

    [Fact]
    public async Task TimestampAsync_Throws_WhenTheNonceDoesNotMatch()
    {
        _tsa.FailNext(Fault.WrongNonce);

        var ex = await Assert.ThrowsAsync<TimestampException>(() => Client().TimestampAsync(SignatureValue, CancellationToken.None));

        Assert.Contains(_tsa.Url.ToString(), ex.Message);
        Assert.Contains("unacceptable token", ex.Message);
        Assert.Contains("nonce", ex.Message);
    }

    [Fact]
    public async Task TimestampAsync_Throws_WhenTheImprintDoesNotMatch()
    {
        _tsa.FailNext(Fault.WrongImprint);

        var ex = await Assert.ThrowsAsync<TimestampException>(() => Client().TimestampAsync(SignatureValue, CancellationToken.None));

        Assert.Contains("unacceptable token", ex.Message);
    }

    [Fact]
    public async Task TimestampAsync_Throws_WhenTheTokenSignatureDoesNotVerify()
    {
        _tsa.FailNext(Fault.WrongSignature);

        var ex = await Assert.ThrowsAsync<TimestampException>(() => Client().TimestampAsync(SignatureValue, CancellationToken.None));

        // .NET's token decoding already refuses it; the client's own signature check is the second line.
        Assert.Contains(_tsa.Url.ToString(), ex.Message);
        Assert.Contains("unacceptable token", ex.Message);
    }

    [Fact]
    public async Task TimestampAsync_Throws_WhenTheReplyIsNotATimestampReply()
    {
        _tsa.FailNext(Fault.NotATimestampReply);

        var ex = await Assert.ThrowsAsync<TimestampException>(() => Client().TimestampAsync(SignatureValue, CancellationToken.None));

        Assert.Contains("not a timestamp reply", ex.Message);
        Assert.Contains("text/html", ex.Message);
    }

    [Fact]
    public async Task TimestampAsync_ThrowsNamingTheTimeout_WhenAuthorityIsTooSlow()
    {
        _tsa.ResponseDelay = TimeSpan.FromSeconds(5);
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };

        var ex = await Assert.ThrowsAsync<TimestampException>(
            () => new Rfc3161TimestampClient(impatient, _tsa.Url).TimestampAsync(SignatureValue, CancellationToken.None));

        Assert.Contains(_tsa.Url.ToString(), ex.Message);
        Assert.Contains("did not answer within 0.3 s", ex.Message);
    }

    [Fact]
    public async Task TimestampAsync_LetsCancellationThrough_WhenTheCallerCancels()
    {
        _tsa.ResponseDelay = TimeSpan.FromSeconds(5);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().TimestampAsync(SignatureValue, cancellation.Token));
    }

    [Fact]
    public async Task TimestampAsync_SendsUrlCredentialsAsBasicAuthorization_WithoutShowingThem()
    {
        var withCredentials = new UriBuilder(_tsa.Url) { UserName = "agency", Password = "s3cr%t:pw" }.Uri;
        var client = new Rfc3161TimestampClient(_http, withCredentials);

        await client.TimestampAsync(SignatureValue, CancellationToken.None);
        _tsa.FailNext(Fault.ServiceUnavailable);
        var ex = await Assert.ThrowsAsync<TimestampException>(() => client.TimestampAsync(SignatureValue, CancellationToken.None));

        Assert.Equal("Basic " + Convert.ToBase64String("agency:s3cr%t:pw"u8), _tsa.LastAuthorization);
        Assert.Equal(_tsa.Url, client.Authority);
        Assert.DoesNotContain("s3cr", ex.Message);
        Assert.DoesNotContain("agency", ex.Message);
        Assert.Contains(_tsa.Url.ToString(), ex.Message);
    }

    [Fact]
    public async Task TimestampAsync_SendsNoAuthorization_WhenTheUrlHasNoCredentials()
    {
        await Client().TimestampAsync(SignatureValue, CancellationToken.None);

        Assert.Null(_tsa.LastAuthorization);
    }

    [Fact]
    public async Task TimestampAsync_AnswersConcurrentCalls()
    {
        Rfc3161TimestampClient client = Client();

        byte[][] tokens = await Task.WhenAll(
            Enumerable.Range(0, 16).Select(_ => client.TimestampAsync(SignatureValue, CancellationToken.None)));

        Assert.Equal(16, tokens.Select(Nonce).Distinct().Count());
        Assert.Equal(16, _tsa.RequestCount);
    }

    private Rfc3161TimestampClient Client() => new(_http, _tsa.Url);

    private static string Nonce(byte[] encodedToken)
    {
        Assert.True(Rfc3161TimestampToken.TryDecode(encodedToken, out Rfc3161TimestampToken? token, out _));
        return Convert.ToHexString(token.TokenInfo.GetNonce()!.Value.Span);
    }
}
