using Digitize.Core.Errors;
using Digitize.Core.Text;
using Digitize.Jobs.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Digitize.Worker;

/// <summary>
/// The production worker host: Hangfire workers only (one per OCR engine by default) on the shared PostgreSQL job
/// storage and catalog, composed like every Digitize host (<see cref="DigitizeHost"/>). Start it on as many machines
/// as needed; stop it with SIGTERM or Ctrl+C, and a page it was working on is taken up by another worker.
/// </summary>
internal static class Program
{
    public static async Task<int> Main()
    {
        try
        {
            VietnameseText.EnsureNormalizationWorks();
            var builder = DigitizeHost.CreateBuilder(HostRole.Service);
            builder.Services.AddSingleton<IValidateOptions<JobsOptions>, SharedQueueRequired>();
            builder.Services.AddHostedService<JobServerService>();
            using var host = builder.Build();
            await host.RunAsync();
            return (int)DigitizeExitCode.Ok;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var (code, message) = ExitCodes.For(ex);
            Console.Error.WriteLine($"digitize-worker: {message}");
            return (int)code;
        }
    }

    /// <summary>A worker shares its queue with other processes: an in-memory queue would be its alone.</summary>
    private sealed class SharedQueueRequired : IValidateOptions<JobsOptions>
    {
        public ValidateOptionsResult Validate(string? name, JobsOptions options) =>
            string.Equals(options.Storage, nameof(JobStorageKind.InMemory), StringComparison.OrdinalIgnoreCase)
                ? ValidateOptionsResult.Fail("Jobs:Storage is InMemory; the worker host shares its queue with other processes: set Jobs:Storage to PostgreSql (DIGITIZE__Jobs__Storage) with Jobs:ConnectionString")
                : ValidateOptionsResult.Success;
    }
}
