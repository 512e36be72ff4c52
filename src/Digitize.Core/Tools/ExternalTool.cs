using System.ComponentModel;
using System.Diagnostics;
using Digitize.Core.Errors;

namespace Digitize.Core.Tools;

/// <summary>Runs one of the command-line tools the setup installs (poppler's pdftoppm, pdftotext, pdfseparate, pdfunite).</summary>
public static class ExternalTool
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Runs <paramref name="program"/> with arguments passed as a list (never through a shell).</summary>
    /// <exception cref="MissingDependencyException">The program is not installed.</exception>
    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new MissingDependencyException($"{program} did not start");
        }
        catch (Win32Exception ex)
        {
            throw new MissingDependencyException($"{program} is not installed (run scripts/setup.sh): {ex.Message}", ex);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            return new Result(process.ExitCode, await stdout.ConfigureAwait(false), (await stderr.ConfigureAwait(false)).Trim());
        }
    }
}
