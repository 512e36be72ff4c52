using System.Diagnostics;

namespace Digitize.Jobs.Tests.Support;

/// <summary>Runs the built <c>digitize</c> command and <c>digitize-worker</c> host as real processes.</summary>
internal static class Programs
{
    private static readonly string Root = FindRoot();

    // Built in the same configuration as the tests (Release in scripts/test.sh).
    private static readonly string Configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string RepositoryRoot => Root;

    public static string Cli => Path.Combine(Root, "src", "Digitize.Cli", "bin", Configuration, "net10.0", "digitize.dll");

    public static string Worker => Path.Combine(Root, "worker", "Digitize.Worker", "bin", Configuration, "net10.0", "digitize-worker.dll");

    /// <summary>The user id of "nobody": tests that need file permissions to apply cannot run the program as root.</summary>
    public const string Nobody = "65534";

    public static Process Start(string dll, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Start(dll, environment, drain: true, runAs: null, arguments);

    private static Process Start(string dll, IReadOnlyDictionary<string, string> environment, bool drain, string? runAs,
        string[] arguments, string? maxRssFile = null)
    {
        // [setpriv … as runAs] [/usr/bin/time -f %M -o FILE (peak resident memory, KiB)] dotnet DLL ARGUMENTS
        var command = new List<string>();
        if (runAs is not null)
        {
            command.AddRange(["setpriv", $"--reuid={runAs}", $"--regid={runAs}", "--clear-groups"]);
        }
        if (maxRssFile is not null)
        {
            command.AddRange(["/usr/bin/time", "-f", "%M", "-o", maxRssFile]);
        }
        command.Add("dotnet");
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in command.Skip(1))
        {
            start.ArgumentList.Add(a);
        }
        start.ArgumentList.Add(dll);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DIGITIZE__Ocr__TessdataPath"] = Path.Combine(Root, "tessdata");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start)!;
        if (drain)
        {
            // Nobody reads a long-running process's output: drain the pipes so it never blocks on a full buffer.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }
        return process;
    }

    /// <summary>Runs to the end and returns the exit code and output.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string dll,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments) =>
        RunAsAsync(null, dll, environment, timeout, arguments);

    /// <summary>Runs to the end as user <paramref name="runAs"/> (null: as this process), returns the exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsAsync(string? runAs, string dll,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var (code, output, error, _) = await RunMeasuredAsync(runAs, dll, environment, timeout, measure: false, arguments);
        return (code, output, error);
    }

    /// <summary>
    /// Runs to the end as user <paramref name="runAs"/> (null: as this process); with <paramref name="measure"/>, under
    /// <c>/usr/bin/time</c> for the peak resident memory in KiB (else 0).
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error, long MaxRssKib)> RunMeasuredAsync(string? runAs,
        string dll, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, bool measure, params string[] arguments)
    {
        string? rssFile = measure ? Path.Combine(Path.GetTempPath(), $"digitize-rss-{Guid.NewGuid():N}") : null;
        using var process = Start(dll, environment, drain: false, runAs, arguments, rssFile);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(dll)} {string.Join(' ', arguments)} did not finish in {timeout}");
        }
        long rss = 0;
        if (rssFile is not null)
        {
            // time(1) writes "Command exited with non-zero status N" before the figure when the program fails.
            rss = long.Parse(File.ReadAllLines(rssFile).Last(l => l.Length > 0), System.Globalization.CultureInfo.InvariantCulture);
            File.Delete(rssFile);
        }
        return (process.ExitCode, await output, await error, rss);
    }

    /// <summary>Runs a command-line tool (pdftotext…) and returns its standard output; fails the test if it fails.</summary>
    public static async Task<string> RunToolAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
        return await output;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Digitize.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Digitize.sln not found above " + AppContext.BaseDirectory);
    }
}
