using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Hosting;

/// <summary>Where Hangfire keeps its jobs.</summary>
public enum JobStorageKind
{
    /// <summary>In the process's memory: the embedded default; the catalog re-enqueues unfinished work at start.</summary>
    InMemory,

    /// <summary>In PostgreSQL: production, shared by any number of worker processes on any number of machines.</summary>
    PostgreSql,
}

/// <summary>Settings of the job system: configuration section <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary><c>InMemory</c> (default) or <c>PostgreSql</c>; a string so that a wrong value gets a clear message.</summary>
    public string Storage { get; set; } = nameof(JobStorageKind.InMemory);

    /// <summary>Npgsql connection string of the Hangfire database; required for PostgreSql. No default password.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Worker threads of a server; 0 (default) means one per OCR engine.</summary>
    public int Workers { get; set; }

    /// <summary>
    /// Seconds to wait before each retry of a stage that failed transiently, comma-separated ("" for no retry); a
    /// permanent failure is never retried. A string, so that one environment variable replaces the whole list.
    /// </summary>
    public string RetryDelaysSeconds { get; set; } = "5, 30, 120";

    /// <summary>A name for this process in Hangfire's server list and in the stored page results.</summary>
    public string ServerName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public JobStorageKind StorageKind => Enum.Parse<JobStorageKind>(Storage, ignoreCase: true);

    /// <summary>The waits before the retries.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays => ParseDelays(RetryDelaysSeconds)
        ?? throw new InvalidOperationException("Jobs:RetryDelaysSeconds was not validated");

    /// <summary>Attempts a stage gets in all: the first and one per retry delay.</summary>
    public int MaxAttempts => RetryDelays.Count + 1;

    internal static IReadOnlyList<TimeSpan>? ParseDelays(string text)
    {
        var delays = new List<TimeSpan>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double seconds)
                || seconds < 0 || seconds > 86_400)
            {
                return null;
            }
            delays.Add(TimeSpan.FromSeconds(seconds));
        }
        return delays;
    }
}

/// <summary>Checks the <c>Jobs</c> section at start; each message names the setting and what it accepts.</summary>
internal sealed class JobsOptionsValidation : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        var failures = new List<string>();
        if (!Enum.TryParse<JobStorageKind>(options.Storage, ignoreCase: true, out var kind) || int.TryParse(options.Storage, out _))
        {
            failures.Add($"Jobs:Storage '{options.Storage}' is not supported; use InMemory or PostgreSql");
        }
        else if (kind == JobStorageKind.PostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Jobs:ConnectionString is required when Jobs:Storage is PostgreSql");
        }
        if (options.Workers < 0)
        {
            failures.Add($"Jobs:Workers {options.Workers}: give 0 (one per OCR engine) or more");
        }
        if (JobsOptions.ParseDelays(options.RetryDelaysSeconds) is null)
        {
            failures.Add($"Jobs:RetryDelaysSeconds '{options.RetryDelaysSeconds}': give seconds separated by commas, e.g. \"5, 30, 120\"");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
