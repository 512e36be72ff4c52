using System.CommandLine;
using Digitize.Jobs.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Digitize.Cli.Commands;

/// <summary>
/// Options every command takes. Each one is a setting of <c>appsettings.json</c> given on the command line, where it
/// wins over the file and the environment.
/// </summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "The data folder: archive, PDFs, embedded catalog (else DIGITIZE__DataPath, else ./data)",
        Recursive = true,
    };

    public static readonly Option<string?> Model = new("--model")
    {
        Description = "OCR model: vie (tessdata_fast, default) or vie_best (tessdata_best_int)",
        Recursive = true,
    };

    public static readonly Option<int?> Engines = new("--engines")
    {
        Description = "OCR engines working at once (default: one per core)",
        Recursive = true,
    };

    public static readonly Option<string?> Tessdata = new("--tessdata")
    {
        Description = "Folder with the OCR models (default: the repository's tessdata/)",
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        Engines.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--engines: give a whole number of at least 1");
            }
        });
        root.Options.Add(Data);
        root.Options.Add(Model);
        root.Options.Add(Engines);
        root.Options.Add(Tessdata);
    }

    /// <summary>A started host with this command line's settings; start-up validates every option.</summary>
    /// <param name="addServices">Services this command needs beyond the modules' (the portal's accounts).</param>
    public static async Task<IHost> StartHostAsync(ParseResult parse, CancellationToken ct,
        IEnumerable<KeyValuePair<string, string?>>? more = null, Action<IServiceCollection>? addServices = null)
    {
        var settings = Settings(parse, more);
        var builder = DigitizeHost.CreateBuilder(HostRole.Command, settings);
        addServices?.Invoke(builder.Services);
        var host = builder.Build();
        try
        {
            await host.StartAsync(ct);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>A started host with the portal's accounts and client systems too: for <c>users</c> and <c>apikeys</c>.</summary>
    public static Task<IHost> StartAccountsHostAsync(ParseResult parse, CancellationToken ct) =>
        StartHostAsync(parse, ct, addServices: services => Web.PortalServiceCollectionExtensions.AddPortalAccounts(services));

    /// <summary>This command line's settings (they win over appsettings.json and the environment).</summary>
    public static Dictionary<string, string?> Settings(ParseResult parse, IEnumerable<KeyValuePair<string, string?>>? more = null)
    {
        var settings = new Dictionary<string, string?>();
        Put(settings, "DataPath", parse.GetValue(Data));
        Put(settings, "Ocr:Model", parse.GetValue(Model));
        Put(settings, "Ocr:Engines", parse.GetValue(Engines)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Put(settings, "Ocr:TessdataPath", parse.GetValue(Tessdata));
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }
        return settings;
    }

    private static void Put(Dictionary<string, string?> settings, string key, string? value)
    {
        if (value is not null)
        {
            settings[key] = value;
        }
    }
}
