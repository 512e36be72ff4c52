using System.Globalization;
using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Errors;
using Digitize.Ocr.Engine;

namespace Digitize.Jobs.Hosting;

/// <summary>
/// Settings of every Digitize process (the command, the worker host): the environment (<c>DIGITIZE__…</c>, the
/// same names as appsettings keys with <c>:</c> written <c>__</c>), else the embedded defaults. Secrets such as
/// connection strings come only from there, never from a default.
/// </summary>
public static class DigitizeSettings
{
    /// <summary>The data folder: <paramref name="option"/>, else <c>DIGITIZE__DataPath</c>, else <c>./data</c>.</summary>
    public static DataFolder Data(string? option = null) => DataFolder.Resolve(option);

    /// <summary>SQLite in the data folder, or <c>DIGITIZE__Catalog__Provider=PostgreSql</c> with <c>DIGITIZE__Catalog__ConnectionString</c>.</summary>
    public static CatalogOptions Catalog(DataFolder data) => CatalogOptions.FromConfiguration(
        Environment.GetEnvironmentVariable("DIGITIZE__Catalog__Provider"),
        Environment.GetEnvironmentVariable("DIGITIZE__Catalog__ConnectionString"), data.Root);

    /// <summary>In-memory Hangfire, or <c>DIGITIZE__Jobs__Storage=PostgreSql</c> with <c>DIGITIZE__Jobs__ConnectionString</c>.</summary>
    public static JobsOptions Jobs(OcrOptions ocr)
    {
        string storage = Environment.GetEnvironmentVariable("DIGITIZE__Jobs__Storage") ?? nameof(JobStorageKind.InMemory);
        if (!Enum.TryParse<JobStorageKind>(storage, ignoreCase: true, out var kind))
        {
            throw new BadArgumentsException($"DIGITIZE__Jobs__Storage '{storage}': use InMemory or PostgreSql");
        }
        return new JobsOptions
        {
            Storage = kind,
            PostgreSqlConnectionString = Environment.GetEnvironmentVariable("DIGITIZE__Jobs__ConnectionString"),
            WorkerCount = ocr.Engines,
        };
    }

    /// <param name="model">Overrides <c>DIGITIZE__Ocr__Model</c> when not null; likewise the others.</param>
    public static OcrOptions Ocr(string? model = null, string? engines = null, string? tessdata = null)
    {
        model = model ?? Environment.GetEnvironmentVariable("DIGITIZE__Ocr__Model") ?? "vie";
        if (model.Length == 0 || !model.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new BadArgumentsException($"model '{model}': a model name has only letters, digits and '_' (e.g. vie, vie_best)");
        }
        engines ??= Environment.GetEnvironmentVariable("DIGITIZE__Ocr__Engines");
        int engineCount = Environment.ProcessorCount;
        if (engines is not null && (!int.TryParse(engines, NumberStyles.None, CultureInfo.InvariantCulture, out engineCount) || engineCount < 1))
        {
            throw new BadArgumentsException($"engines '{engines}': give a whole number of at least 1");
        }
        return new OcrOptions
        {
            TessdataPath = Tessdata(tessdata), Model = model, Engines = engineCount,
            TesseractVariables = TesseractVariables(Environment.GetEnvironmentVariable("DIGITIZE__Ocr__TesseractVariables")),
        };
    }

    // "name=value;name=value", for tuning without a rebuild.
    private static Dictionary<string, string> TesseractVariables(string? setting) =>
        (setting ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length == 2 ? p[1]
                : throw new BadArgumentsException($"DIGITIZE__Ocr__TesseractVariables: '{p[0]}' needs '=value'"));

    private static string Tessdata(string? option)
    {
        string? configured = option ?? Environment.GetEnvironmentVariable("DIGITIZE__Ocr__TessdataPath");
        if (configured is not null)
        {
            return Path.GetFullPath(configured);
        }
        // The repository's tessdata/, filled by scripts/setup.sh: look up from the program and from the working folder.
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                string candidate = Path.Combine(folder.FullName, "tessdata");
                if (File.Exists(Path.Combine(candidate, "osd.traineddata")))
                {
                    return candidate;
                }
            }
        }
        throw new MissingDependencyException("no tessdata/ folder with the models was found (run scripts/setup.sh, or set DIGITIZE__Ocr__TessdataPath)");
    }
}
