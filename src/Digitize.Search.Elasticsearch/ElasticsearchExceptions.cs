using Digitize.Core.Errors;

namespace Digitize.Search.Elasticsearch;

/// <summary>
/// Elasticsearch refused a request as malformed (a 4xx other than 401/403/404/408/409/429): trying again cannot help.
/// The message carries the status, Elasticsearch's error type and its reason.
/// </summary>
public sealed class ElasticsearchRequestException(string operation, int statusCode, string? errorType, string? reason)
    : DigitizeException($"Elasticsearch refused {operation}: HTTP {statusCode} {errorType ?? "error"}: {reason ?? "(no reason given)"}")
{
    public string Operation { get; } = operation;

    public int StatusCode { get; } = statusCode;

    public string? ErrorType { get; } = errorType;

    public string? Reason { get; } = reason;

    public override DigitizeExitCode ExitCode => DigitizeExitCode.OtherError;
}

/// <summary>One document that a bulk request did not index, and why.</summary>
public sealed record BulkItemFailure(string DocumentId, int StatusCode, string? ErrorType, string? Reason);

/// <summary>
/// Some documents of a bulk were refused by Elasticsearch for good (e.g. <c>mapper_parsing_exception</c>); the others
/// were indexed. Version conflicts are not failures: they mean a newer version is already there.
/// </summary>
public sealed class ElasticsearchIndexingException(IReadOnlyList<BulkItemFailure> failures)
    : DigitizeException($"Elasticsearch refused {failures.Count} document(s): "
        + string.Join("; ", failures.Take(5).Select(f => $"{f.DocumentId}: HTTP {f.StatusCode} {f.ErrorType}: {f.Reason}"))
        + (failures.Count > 5 ? $"; and {failures.Count - 5} more" : ""))
{
    public IReadOnlyList<BulkItemFailure> Failures { get; } = failures;

    public override DigitizeExitCode ExitCode => DigitizeExitCode.OtherError;
}
