using System.Security.Authentication;
using Digitize.Core.Errors;
using Digitize.Core.Search;
using Elastic.Transport;
using Elastic.Transport.Products.Elasticsearch;

namespace Digitize.Search.Elasticsearch;

/// <summary>
/// Runs one request: tries again on 429/502/503/504 with exponential backoff, and turns what cannot succeed into
/// Digitize exceptions: no answer or overload → <see cref="SearchUnavailableException"/> (transient), refused
/// credentials or TLS → <see cref="ConfigurationException"/>, a bad request → <see cref="ElasticsearchRequestException"/>.
/// </summary>
internal sealed class RequestRunner(ElasticsearchOptions options)
{
    private static readonly int[] RetryableStatuses = [429, 502, 503, 504];

    /// <param name="accepted">Statuses besides 2xx that the caller handles itself (e.g. 404 for a missing alias).</param>
    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken,
        params int[] accepted)
        where T : ElasticsearchResponse
    {
        for (int attempt = 0; ; attempt++)
        {
            T response;
            try
            {
                response = await call(cancellationToken).ConfigureAwait(false);
            }
            catch (TransportException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw NoAnswer(operation, ex);
            }
            var details = response.ApiCallDetails;
            int? status = details.HttpStatusCode;
            if (status is >= 200 and < 300 || (status is { } s && accepted.Contains(s)))
            {
                return response;
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (status is null)
            {
                throw NoAnswer(operation, details.OriginalException);
            }
            if (RetryableStatuses.Contains(status.Value) && attempt < options.Retries)
            {
                await Task.Delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
                continue;
            }
            throw Refused(operation, status.Value, response.ElasticsearchServerError);
        }
    }

    public TimeSpan Backoff(int attempt) => options.RetryBackoff * Math.Pow(2, attempt);

    public static bool IsRetryable(int status) => RetryableStatuses.Contains(status);

    private static Exception NoAnswer(string operation, Exception? cause)
    {
        for (var e = cause; e is not null; e = e.InnerException)
        {
            if (e is AuthenticationException)
            {
                return new ConfigurationException(
                    $"Elasticsearch: the TLS handshake for {operation} failed ({e.Message}); check CaCertificatePath or CertificateFingerprint", cause);
            }
        }
        string why = cause switch
        {
            null => "no answer",
            TimeoutException or TaskCanceledException or OperationCanceledException => "timed out",
            _ => cause.InnerException?.Message ?? cause.Message,
        };
        return new SearchUnavailableException($"Elasticsearch cannot be reached for {operation}: {why}", cause);
    }

    private static Exception Refused(string operation, int status, ElasticsearchServerError? error)
    {
        string? type = error?.Error?.Type;
        string? reason = error?.Error?.Reason;
        return status switch
        {
            401 or 403 => new ConfigurationException(
                $"Elasticsearch refused the credentials for {operation} (HTTP {status} {type}: {reason}); check ApiKey or Username/Password and the user's privileges"),
            408 or 429 or >= 500 => new SearchUnavailableException($"Elasticsearch could not serve {operation}: HTTP {status} {type}: {reason}"),
            _ => new ElasticsearchRequestException(operation, status, type, reason),
        };
    }
}
