namespace Digitize.Jobs.Hosting;

/// <summary>Where Hangfire keeps its jobs.</summary>
public enum JobStorageKind
{
    /// <summary>In the process's memory: the embedded default; the catalog re-enqueues unfinished work at start.</summary>
    InMemory,

    /// <summary>In PostgreSQL: production, shared by any number of worker processes on any number of machines.</summary>
    PostgreSql,
}

/// <summary>Settings of the job system.</summary>
public sealed record JobsOptions
{
    public JobStorageKind Storage { get; init; } = JobStorageKind.InMemory;

    /// <summary>Npgsql connection string of the Hangfire database; required for <see cref="JobStorageKind.PostgreSql"/>.</summary>
    public string? PostgreSqlConnectionString { get; init; }

    /// <summary>Worker threads of a server; defaults to the number of cores, one OCR engine each.</summary>
    public int WorkerCount { get; init; } = Environment.ProcessorCount;

    /// <summary>A name for this process in Hangfire's server list and in the catalog's page results.</summary>
    public string ServerName { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}
