using System.Formats.Asn1;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;

namespace Digitize.Signing.Timestamps;

/// <summary>
/// Asks an RFC 3161 timestamp authority over HTTP (RFC 3161 §3.4) for a token on a signature value. One request per
/// call and no retry here: the pipeline's sign stage retries a <see cref="TimestampException"/>.
/// </summary>
/// <remarks>
/// A user name and password in the URL (<c>https://user:pass@tsa.example/</c>) are sent as HTTP Basic
/// authorization; they never appear in the request URL nor in any message.
/// </remarks>
/// <threadsafety>Safe for concurrent calls, as the <see cref="HttpClient"/> given is.</threadsafety>
public sealed class Rfc3161TimestampClient : ITimestampClient
{
    private const string QueryMediaType = "application/timestamp-query";
    private const string ReplyMediaType = "application/timestamp-reply";

    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly string? _basicCredentials;

    /// <param name="http">The client to post with; its <see cref="HttpClient.Timeout"/> bounds each request.</param>
    /// <param name="authority">The authority's absolute http(s) URL, optionally with Basic credentials in it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="authority"/> is not an absolute http or https URL.</exception>
    public Rfc3161TimestampClient(HttpClient http, Uri authority)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(authority);
        if (!authority.IsAbsoluteUri || (authority.Scheme != Uri.UriSchemeHttp && authority.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException("The timestamp authority must be an absolute http or https URL.", nameof(authority));

        _http = http;
        // HttpRequestUrl leaves out the user info, so the credentials cannot reach a log through the request URL.
        _endpoint = new Uri(authority.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped));
        _basicCredentials = authority.UserInfo.Length == 0 ? null : EncodeBasicCredentials(authority.UserInfo);
    }

    /// <summary>The authority's URL without credentials, as named in messages.</summary>
    public Uri Authority => _endpoint;

    /// <inheritdoc/>
    public async Task<byte[]> TimestampAsync(byte[] signatureValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signatureValue);

        Rfc3161TimestampRequest request = Rfc3161TimestampRequest.CreateFromData(
            signatureValue,
            HashAlgorithmName.SHA256,
            nonce: RandomNumberGenerator.GetBytes(8),
            requestSignerCertificates: true);

        (byte[] reply, string? contentType) = await PostAsync(request.Encode(), cancellationToken).ConfigureAwait(false);
        Rfc3161TimestampToken token = AcceptReply(request, reply, contentType);

        // ProcessResponse checks hash and nonce; the TSA's signature it checks only inside .NET's token decoding, an
        // undocumented detail. A token whose signature fails must never reach a PDF, so check it explicitly.
        if (!token.VerifySignatureForData(signatureValue, out _))
            throw new TimestampException(
                $"The timestamp authority {_endpoint} answered with a token whose signature does not verify against its own certificate.");

        return token.AsSignedCms().Encode();
    }

    private async Task<(byte[] Reply, string? ContentType)> PostAsync(byte[] query, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(query) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue(QueryMediaType);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ReplyMediaType));
        if (_basicCredentials is not null)
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic", _basicCredentials);

        try
        {
            using HttpResponseMessage response = await _http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new TimestampException(
                    $"The timestamp authority {_endpoint} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");

            byte[] reply = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return (reply, response.Content.Headers.ContentType?.MediaType);
        }
        catch (HttpRequestException ex)
        {
            // The message names the socket error and the host:port, e.g. "Connection refused (127.0.0.1:5000)".
            throw new TimestampException($"The timestamp authority {_endpoint} cannot be reached: {ex.Message}", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The caller did not cancel, so HttpClient.Timeout expired.
            throw new TimestampException(
                $"The timestamp authority {_endpoint} did not answer within {_http.Timeout.TotalSeconds:0.###} s.", ex);
        }
    }

    private Rfc3161TimestampToken AcceptReply(Rfc3161TimestampRequest request, byte[] reply, string? contentType)
    {
        TimestampResponseStatus status;
        try
        {
            status = TimestampResponseStatus.Read(reply);
        }
        catch (AsnContentException ex)
        {
            throw new TimestampException(
                $"The timestamp authority {_endpoint} answered with something that is not a timestamp reply " +
                $"({reply.Length} bytes of {contentType ?? "no content type"}).", ex);
        }

        if (!status.IsGranted)
            throw new TimestampException($"The timestamp authority {_endpoint} refused the request: {status}.");

        try
        {
            Rfc3161TimestampToken token = request.ProcessResponse(reply, out int bytesConsumed);
            if (bytesConsumed != reply.Length)
                throw new CryptographicException($"{reply.Length - bytesConsumed} bytes follow the reply.");
            return token;
        }
        catch (CryptographicException ex)
        {
            throw new TimestampException(
                $"The timestamp authority {_endpoint} answered with an unacceptable token: {ex.Message}", ex);
        }
    }

    /// <summary>The Basic credentials (RFC 7617) from a URL's escaped user info <c>user:password</c>.</summary>
    private static string EncodeBasicCredentials(string escapedUserInfo)
    {
        int colon = escapedUserInfo.IndexOf(':');
        string user = Uri.UnescapeDataString(colon < 0 ? escapedUserInfo : escapedUserInfo[..colon]);
        string password = colon < 0 ? "" : Uri.UnescapeDataString(escapedUserInfo[(colon + 1)..]);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
    }
}
