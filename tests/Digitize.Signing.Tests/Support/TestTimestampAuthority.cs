using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cmp;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tsp;
using Org.BouncyCastle.Utilities.Collections;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace Digitize.Signing.Tests.Support;

/// <summary>
/// A real RFC 3161 timestamp authority over HTTP on 127.0.0.1, for tests and benchmarks: BouncyCastle's server side
/// with its own self-signed TSA certificate (critical EKU id-kp-timeStamping), SHA-256 signatures and policy
/// <see cref="PolicyOid"/>. It answers requests concurrently and can be told to misbehave (<see cref="FailNext"/>).
/// </summary>
/// <example><code>
/// using var tsa = TestTimestampAuthority.Start();
/// var client = new Rfc3161TimestampClient(new HttpClient(), tsa.Url);
/// </code></example>
public sealed class TestTimestampAuthority : IDisposable
{
    /// <summary>The policy of every token, and the only one a request may ask for.</summary>
    public const string PolicyOid = "1.2.3.4.1";

    /// <summary>The text of a rejection made by <see cref="Fault.Rejection"/>.</summary>
    public const string RejectionText = "Test TSA: rejected on purpose";

    private const string TimeStampingOid = "1.3.6.1.5.5.7.3.8";
    private const string QueryMediaType = "application/timestamp-query";
    private const string ReplyMediaType = "application/timestamp-reply";

    /// <summary>How the authority misbehaves for one request.</summary>
    public enum Fault
    {
        /// <summary>HTTP 503, no body.</summary>
        ServiceUnavailable,
        /// <summary>A TimeStampResp with status rejection, failInfo systemFailure and <see cref="RejectionText"/>.</summary>
        Rejection,
        /// <summary>A granted token whose nonce is the request's plus one.</summary>
        WrongNonce,
        /// <summary>A granted token on a different hash than the request's.</summary>
        WrongImprint,
        /// <summary>A granted token signed by another key than its embedded certificate's.</summary>
        WrongSignature,
        /// <summary>HTTP 200 with an HTML page, as a misconfigured proxy would send.</summary>
        NotATimestampReply,
    }

    private static readonly IList<string> AcceptedAlgorithms = [TspAlgorithms.Sha256, TspAlgorithms.Sha384, TspAlgorithms.Sha512];
    private static readonly IList<string> AcceptedPolicies = [PolicyOid];

    private readonly HttpListener _listener;
    private readonly BcX509Certificate _bcCertificate;
    private readonly TimeStampTokenGenerator _tokenGenerator;
    private readonly Lazy<TimeStampTokenGenerator> _impostorGenerator;
    private readonly Queue<Fault> _faults = new();
    private readonly Lock _signing = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;
    private int _requestCount;
    private long _serialNumber;
    private string? _lastAuthorization;

    private TestTimestampAuthority(HttpListener listener, X509Certificate2 certificate, RSA key)
    {
        _listener = listener;
        Url = new Uri(listener.Prefixes.Single());
        Certificate = X509CertificateLoader.LoadCertificate(certificate.RawData);
        _bcCertificate = DotNetUtilities.FromX509Certificate(certificate);
        _tokenGenerator = CreateTokenGenerator(DotNetUtilities.GetRsaKeyPair(key).Private, _bcCertificate);
        _impostorGenerator = new(() =>
        {
            using RSA otherKey = RSA.Create(2048);
            return CreateTokenGenerator(DotNetUtilities.GetRsaKeyPair(otherKey).Private, _bcCertificate);
        });
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The URL to post requests to, e.g. <c>http://127.0.0.1:41234/tsa/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The TSA certificate (public part), embedded in every token; a verifier's trust anchor.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>HTTP requests received so far, faulted ones included.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>The Authorization header of the last request, or null when it had none.</summary>
    public string? LastAuthorization => Volatile.Read(ref _lastAuthorization);

    /// <summary>A delay before each answer: a slow authority, for timeouts or realistic benchmarks.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>Starts an authority on a free loopback port with a new key and certificate.</summary>
    public static TestTimestampAuthority Start()
    {
        using RSA key = RSA.Create(2048);
        using X509Certificate2 certificate = CreateCertificate(key);
        return new TestTimestampAuthority(StartListener(), certificate, key);
    }

    /// <summary>Answers the next <paramref name="count"/> requests with <paramref name="fault"/>, after any queued before.</summary>
    public void FailNext(Fault fault, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (fault == Fault.WrongSignature)
            _ = _impostorGenerator.Value; // make the other key now, so its answer is not late by a key generation
        lock (_faults)
        {
            for (int i = 0; i < count; i++)
                _faults.Enqueue(fault);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
        _stopping.Dispose();
        Certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate(RSA key)
    {
        var request = new CertificateRequest(
            "CN=Digitize Test TSA, O=Digitize tests", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        // RFC 3161 §2.3: the TSA certificate has exactly this one extended key usage, marked critical.
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(TimeStampingOid)], critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private static TimeStampTokenGenerator CreateTokenGenerator(AsymmetricKeyParameter key, BcX509Certificate certificate)
    {
        SignerInfoGenerator signer = new SignerInfoGeneratorBuilder()
            .WithSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator())
            .Build(new Asn1SignatureFactory("SHA256WITHRSA", key), certificate);
        // SHA-256 for ESSCertIDv2 (RFC 5816); the shorter constructor would use SHA-1.
        var generator = new TimeStampTokenGenerator(
            signer,
            Asn1DigestFactory.Get(NistObjectIdentifiers.IdSha256),
            new DerObjectIdentifier(PolicyOid),
            isIssuerSerialIncluded: true);
        generator.SetCertificates(CollectionUtilities.CreateStore([certificate]));
        return generator;
    }

    private static HttpListener StartListener()
    {
        // A free port can be taken by someone else between probing and listening: try again a few times.
        for (int attempt = 1; ; attempt++)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{FreeLoopbackPort()}/tsa/");
            try
            {
                listener.Start();
                return listener;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // Dispose closed the listener.
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref _requestCount);
        HttpListenerResponse response = context.Response;
        try
        {
            Volatile.Write(ref _lastAuthorization, context.Request.Headers["Authorization"]);
            if (ResponseDelay > TimeSpan.Zero)
                await Task.Delay(ResponseDelay, _stopping.Token);

            Fault? fault = TakeFault();
            if (fault == Fault.ServiceUnavailable)
            {
                response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
                response.Close();
                return;
            }
            if (context.Request.HttpMethod != "POST" || context.Request.ContentType != QueryMediaType)
            {
                response.StatusCode = (int)HttpStatusCode.UnsupportedMediaType;
                response.Close();
                return;
            }

            using var query = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(query, _stopping.Token);
            byte[] reply = fault == Fault.NotATimestampReply
                ? "<html><body>Proxy error</body></html>"u8.ToArray()
                : Answer(query.ToArray(), fault);

            response.ContentType = fault == Fault.NotATimestampReply ? "text/html" : ReplyMediaType;
            response.ContentLength64 = reply.Length;
            await response.OutputStream.WriteAsync(reply, _stopping.Token);
            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client gave up (timeout) or the authority is stopping.
            response.Abort();
        }
    }

    private Fault? TakeFault()
    {
        lock (_faults)
            return _faults.TryDequeue(out Fault fault) ? fault : null;
    }

    private byte[] Answer(byte[] query, Fault? fault)
    {
        // TimeStampResponseGenerator keeps state per response: one per answer.
        var responder = new TimeStampResponseGenerator(
            fault == Fault.WrongSignature ? _impostorGenerator.Value : _tokenGenerator, AcceptedAlgorithms, AcceptedPolicies);

        TimeStampRequest request;
        try
        {
            request = new TimeStampRequest(query);
        }
        catch (IOException)
        {
            return responder.GenerateFailResponse(PkiStatus.Rejection, PkiFailureInfo.BadDataFormat, "Not a TimeStampReq").GetEncoded();
        }

        if (fault == Fault.Rejection)
            return responder.GenerateFailResponse(PkiStatus.Rejection, PkiFailureInfo.SystemFailure, RejectionText).GetEncoded();
        if (fault == Fault.WrongNonce)
            request = Rewrite(request, request.GetMessageImprintDigest(), (request.Nonce ?? BigInteger.Zero).Add(BigInteger.One));
        if (fault == Fault.WrongImprint)
            request = Rewrite(request, SHA256.HashData(request.GetMessageImprintDigest()), request.Nonce);

        var serialNumber = BigInteger.ValueOf(Interlocked.Increment(ref _serialNumber));
        // BouncyCastle's generators are not documented as thread-safe; signing is quick, so answers take turns.
        lock (_signing)
            return responder.Generate(request, serialNumber, DateTime.UtcNow).GetEncoded();
    }

    /// <summary>The same request with another imprint or nonce, to answer with a token that does not match.</summary>
    private static TimeStampRequest Rewrite(TimeStampRequest request, byte[] imprint, BigInteger? nonce)
    {
        var generator = new TimeStampRequestGenerator();
        generator.SetCertReq(request.CertReq);
        if (request.ReqPolicy is not null)
            generator.SetReqPolicy(new DerObjectIdentifier(request.ReqPolicy));
        return generator.Generate(request.MessageImprintAlgOid, imprint, nonce);
    }
}
