using Digitize.Core.Errors;
using Digitize.Core.Intake;
using Digitize.Ocr.Engine;
using Digitize.Ocr.Input;
using Digitize.Ocr.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Digitize.Ocr;

public static class OcrServiceCollectionExtensions
{
    /// <summary>
    /// The OCR core (configuration section <c>Ocr</c>): the page pipeline with its engine pool, created when first
    /// needed (a host that only takes uploads never loads a model), and the page counter that intake uses.
    /// </summary>
    public static IServiceCollection AddOcr(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OcrOptions>().Bind(configuration.GetSection(OcrOptions.Section))
            .PostConfigure(options =>
            {
                options.Engines = options.Engines > 0 ? options.Engines : Environment.ProcessorCount;
                options.TessdataPath = TessdataFolder.Resolve(options.TessdataPath);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OcrOptions>, OcrOptionsValidation>();
        services.AddSingleton(provider => new OcrPipeline(provider.GetRequiredService<IOptions<OcrOptions>>().Value));
        services.AddSingleton<IPageCounter>(provider => new ScanPageCounter(provider.GetRequiredService<IOptions<OcrOptions>>().Value));
        return services;
    }

    /// <summary>Checks the <c>Ocr</c> section at start; each message names the setting.</summary>
    private sealed class OcrOptionsValidation : IValidateOptions<OcrOptions>
    {
        public ValidateOptionsResult Validate(string? name, OcrOptions options)
        {
            var failures = new List<string>();
            if (options.Model.Length == 0 || !options.Model.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                failures.Add($"Ocr:Model '{options.Model}': a model name has only letters, digits and '_' (e.g. vie, vie_best)");
            }
            if (options.Engines < 1)
            {
                failures.Add($"Ocr:Engines {options.Engines}: give a whole number of at least 1 (or 0 for one per core)");
            }
            if (options.MaxPixels < 1_000_000)
            {
                failures.Add($"Ocr:MaxPixels {options.MaxPixels}: give a number of pixels of at least 1000000 (an A4 page at 300 dpi is 8.7 million)");
            }
            if (options.MinPageSidePixels < 1)
            {
                failures.Add($"Ocr:MinPageSidePixels {options.MinPageSidePixels}: give a whole number of at least 1");
            }
            if (options.MaxPagesPerFile < 1)
            {
                failures.Add($"Ocr:MaxPagesPerFile {options.MaxPagesPerFile}: give a whole number of at least 1");
            }
            if (options.MaxPdfPageContentBytes < 1024 * 1024)
            {
                failures.Add($"Ocr:MaxPdfPageContentBytes {options.MaxPdfPageContentBytes}: give a number of bytes of at least 1048576");
            }
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}

/// <summary>Where the models are: the configured folder, else the repository's <c>tessdata/</c> filled by setup.</summary>
internal static class TessdataFolder
{
    public static string Resolve(string configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        // Look up from the program and from the working folder.
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
        throw new MissingDependencyException("no tessdata/ folder with the models was found (run scripts/setup.sh, or set Ocr:TessdataPath)");
    }
}
