using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Jobs.Hosting;
using Digitize.Ocr.Engine;

namespace Digitize.Cli.Configuration;

/// <summary>Settings from the command line where it gives them, else as every Digitize process reads them.</summary>
internal static class Settings
{
    public static DataFolder DataFolder(CommandLine line) => DigitizeSettings.Data(line.Value("--data"));

    public static CatalogOptions Catalog(DataFolder data) => DigitizeSettings.Catalog(data);

    public static JobsOptions Jobs(OcrOptions ocr) => DigitizeSettings.Jobs(ocr);

    public static OcrOptions Ocr(CommandLine line) =>
        DigitizeSettings.Ocr(line.Value("--model"), line.Value("--engines"), line.Value("--tessdata"));
}
