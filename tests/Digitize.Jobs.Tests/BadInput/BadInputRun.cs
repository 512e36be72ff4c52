using System.Text.Json;
using Digitize.Core.Archive;
using Digitize.Core.Intake;
using Digitize.Jobs.Tests.Support;

namespace Digitize.Jobs.Tests.BadInput;

/// <summary>
/// One <c>digitize ingest --wait</c> of a folder holding every bad input of <c>tests/bad-inputs/generate.py</c> next to
/// good dossiers, plus <c>/dev/zero</c> as a second PATH, run as the real program under <c>/usr/bin/time</c> with a
/// temporary folder of its own. When the tests run as root, the program runs as "nobody": root reads files without
/// read permission, and the unreadable cases would then test nothing.
/// </summary>
public sealed class BadInputRun : IAsyncLifetime
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    private RunEnvironment? _run;

    public string Inputs { get; } = Directory.CreateTempSubdirectory("digitize-bad-").FullName;

    /// <summary>The program's TMPDIR: nothing may be left in it.</summary>
    public string Temp { get; } = Directory.CreateTempSubdirectory("digitize-tmp-").FullName;

    internal RunEnvironment Run => _run ?? throw new InvalidOperationException("not started");

    public Dictionary<string, string> Environment { get; private set; } = [];

    public string? RunAs { get; } = System.Environment.UserName == "root" ? Programs.Nobody : null;

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    public string Error { get; private set; } = "";

    public TimeSpan Elapsed { get; private set; }

    public long MaxRssKib { get; private set; }

    /// <summary>The records the run printed (<c>--json</c>), by label.</summary>
    public Dictionary<string, JsonElement> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>SHA-256 of every original this test process can read, before the run.</summary>
    public Dictionary<string, string> Hashes { get; } = new(StringComparer.Ordinal);

    public string StatusOutput { get; private set; } = "";

    /// <summary>What the plain (not JSON) commands printed about the dossiers: ingest of the same folder again, show.</summary>
    public string PlainOutput { get; private set; } = "";

    public JsonElement StatusJson { get; private set; }

    public async Task InitializeAsync()
    {
        _run = await RunEnvironment.CreateAsync(production: false);
        await Programs.RunToolAsync("python3", Path.Combine(Programs.RepositoryRoot, "tests", "bad-inputs", "generate.py"), Inputs);
        // Others may enter (not list) the test's folders, so that "nobody" reaches the inputs; its TMPDIR is its own.
        File.SetUnixFileMode(Inputs, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Temp, (UnixFileMode)0b111_111_111);
        foreach (string file in Directory.EnumerateFiles(Inputs, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            if (RegularFile.KindOf(file) == FileKind.Regular && TryHash(file) is { } sha)
            {
                Hashes[file] = sha;
            }
        }
        Environment = new Dictionary<string, string>(Run.Environment)
        {
            ["HOME"] = Run.DataPath, ["DOTNET_CLI_HOME"] = Run.DataPath, ["TMPDIR"] = Temp,
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        (ExitCode, Output, Error, MaxRssKib) = await Programs.RunMeasuredAsync(RunAs, Programs.Cli, Environment, Limit,
            measure: true, "ingest", Inputs, "/dev/zero", "--wait", "--json");
        Elapsed = clock.Elapsed;
        using (var records = JsonDocument.Parse(Output))
        {
            foreach (var record in records.RootElement.EnumerateArray())
            {
                Records[record.GetProperty("label").GetString()!] = record.Clone();
            }
        }
        StatusOutput = (await Programs.RunAsync(Programs.Cli, Run.Environment, TimeSpan.FromMinutes(1), "status")).Output;
        using var status = JsonDocument.Parse((await Programs.RunAsync(Programs.Cli, Run.Environment, TimeSpan.FromMinutes(1), "status", "--json")).Output);
        StatusJson = status.RootElement.Clone();
        var again = await Programs.RunAsAsync(RunAs, Programs.Cli, Environment, Limit, "ingest", Inputs);
        var show = await Programs.RunAsync(Programs.Cli, Run.Environment, TimeSpan.FromMinutes(1), "show",
            Records.Single(r => r.Key.StartsWith("evil", StringComparison.Ordinal)).Value.GetProperty("id").GetString()!);
        PlainOutput = again.Output + again.Error + show.Output + show.Error;
    }

    public async Task DisposeAsync()
    {
        // Give back the permissions the generator took away; rm takes the names .NET cannot open (not UTF-8).
        await Programs.RunToolAsync("chmod", "-R", "u+rwX", Inputs);
        await Programs.RunToolAsync("rm", "-rf", Inputs);
        Directory.Delete(Temp, recursive: true);
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    private static string? TryHash(string file)
    {
        try
        {
            return DataFolder.Sha256(file);
        }
        catch (UnauthorizedAccessException)
        {
            return null; // not readable by the tests either (they run unprivileged): nothing to compare
        }
    }
}
