using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Jobs.Review;
using Digitize.Ocr;
using Digitize.Signing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Digitize.Jobs.Hosting;

/// <summary>Which program a host runs in; decides only the defaults of logging.</summary>
public enum HostRole
{
    /// <summary>The <c>digitize</c> command: its output is the result, so logs go to stderr and only errors by default.</summary>
    Command,

    /// <summary>A long-running host (worker, web portal): one line per event at Information.</summary>
    Service,
}

/// <summary>
/// Every Digitize host is composed here, the same way: configuration from <c>appsettings.json</c> (next to the
/// program), then <c>DIGITIZE__</c> environment variables (<c>DIGITIZE__Catalog__Provider</c> is <c>Catalog:Provider</c>),
/// then the command line's settings; logging from the <c>Logging</c> section; each module's services from its own
/// extension method. Options are validated at start with a message that names the setting.
/// </summary>
public static class DigitizeHost
{
    public const string EnvironmentPrefix = "DIGITIZE__";

    public static HostApplicationBuilder CreateBuilder(HostRole role, IEnumerable<KeyValuePair<string, string?>>? commandLine = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = "Digitize",
        });
        AddSettings(builder.Configuration, role, commandLine);
        AddLogging(builder.Logging, builder.Configuration, role);
        builder.Services.AddModules(builder.Configuration);
        return builder;
    }

    /// <summary>The data folder's path as configured (<c>DataPath</c>), else <c>data</c> (relative to the working folder).</summary>
    public static string DataPath(IConfiguration configuration) =>
        configuration["DataPath"] is { Length: > 0 } path ? path : "data";

    /// <summary>The settings' sources, in order of precedence (last wins): defaults, appsettings.json, environment, command line.</summary>
    public static IConfigurationBuilder AddSettings(IConfigurationBuilder configuration, HostRole role,
        IEnumerable<KeyValuePair<string, string?>>? commandLine = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = role == HostRole.Command ? "Error" : "Information",
                // A host that cannot start says why once, through ExitCodes, not with the generic host's stack trace.
                ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "None",
                // Even a quiet command says when its signatures are made with the development certificate.
                ["Logging:LogLevel:Digitize.Jobs.Hosting.JobServer"] = "Warning",
            })
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(commandLine ?? []);
    }

    /// <summary>Every module's services: data folder, catalog, OCR, signing, search, jobs, review.</summary>
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new DataFolder(DataPath(configuration)));
        // First of the hosted services: a data folder that cannot be written stops the host before anything uses it.
        services.AddHostedService<DataFolderCheck>();
        return services
            .AddCatalog(configuration)
            .AddOcr(configuration)
            .AddSigning(configuration)
            .AddSearch(configuration)
            .AddJobs(configuration)
            .AddReview(configuration);
    }

    // One line per event (Logging:Console:FormatterName "simple"), or JSON lines ("json"); the dossier and page in the scope.
    public static void AddLogging(ILoggingBuilder logging, IConfiguration configuration, HostRole role)
    {
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.AddConsole(options =>
        {
            if (role == HostRole.Command)
            {
                options.LogToStandardErrorThreshold = LogLevel.Trace;
            }
        }); // registers the simple, json and systemd formatters; Logging:Console:FormatterName picks one
    }
}

/// <summary>Checks at start that the data folder can be written (<see cref="DataFolder.EnsureWritable"/>).</summary>
internal sealed class DataFolderCheck(DataFolder data) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        data.EnsureWritable();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
