using System.Globalization;
using System.Text.RegularExpressions;
using Digitize.Core.Errors;
using Digitize.Core.Extraction;
using Digitize.Core.Tools;

namespace Digitize.Jobs.Review;

/// <summary>
/// The part of a document's page where a field stands, rendered to PNG with poppler's <c>pdftoppm</c>. The extractor
/// keeps no boxes in the record, so the region is where Nghị định 30/2020's layout puts the field: the number under
/// the agency's name, top left; the place and date top right of the same band; an application's date above the
/// signature, bottom right of its last page; a receipt's dossier code among the labelled lines of its upper half.
/// Regions are generous, since scans are skewed and margins vary.
/// </summary>
internal static partial class FieldCrop
{
    /// <summary>A region as fractions of the page (0–1) and which page: 0 the first, -1 the last.</summary>
    internal sealed record Region(int Page, double Left, double Top, double Width, double Height);

    public static Region RegionOf(string field, string? documentType) => field switch
    {
        FieldNames.CodeNumber or FieldNames.CodeNotation or FieldNames.OrganName => new(0, 0, 0, 0.55, 0.35),
        FieldNames.IssuedDate or FieldNames.Place when documentType?.StartsWith("Đơn", StringComparison.Ordinal) == true =>
            new(-1, 0.35, 0.4, 0.65, 0.5),
        FieldNames.IssuedDate or FieldNames.Place => new(0, 0.4, 0, 0.6, 0.35),
        FieldNames.DossierCode or FieldNames.ReceivedAt or FieldNames.DueAt => new(0, 0, 0.1, 1, 0.45),
        FieldNames.SignerName or FieldNames.SignerPosition => new(-1, 0.4, 0.5, 0.6, 0.5),
        _ => new(0, 0, 0, 1, 0.5),
    };

    /// <summary>Renders <paramref name="region"/> of <paramref name="pdf"/> (a document of <paramref name="pageCount"/> pages).</summary>
    /// <exception cref="InvalidOperationException">pdfinfo or pdftoppm failed on the file.</exception>
    public static async Task<byte[]> RenderAsync(string pdf, int pageCount, Region region, int dpi, string workFolder,
        CancellationToken cancellationToken)
    {
        int page = region.Page < 0 ? pageCount : region.Page + 1;
        var (widthPoints, heightPoints) = await PageSizeAsync(pdf, page, cancellationToken);
        // Pixels at the chosen resolution, clamped to the page: never more than one page's width and half its height.
        double scale = dpi / 72.0;
        int pageWidth = (int)Math.Ceiling(widthPoints * scale), pageHeight = (int)Math.Ceiling(heightPoints * scale);
        int x = (int)(region.Left * pageWidth), y = (int)(region.Top * pageHeight);
        int w = Math.Max(1, Math.Min((int)(region.Width * pageWidth), pageWidth - x));
        int h = Math.Max(1, Math.Min((int)(region.Height * pageHeight), pageHeight - y));
        Directory.CreateDirectory(workFolder);
        string root = Path.Combine(workFolder, "crop-" + Guid.NewGuid().ToString("N"));
        try
        {
            string p = page.ToString(CultureInfo.InvariantCulture);
            var result = await ExternalTool.RunAsync("pdftoppm",
            [
                "-png", "-f", p, "-l", p, "-r", Int(dpi), "-x", Int(x), "-y", Int(y), "-W", Int(w), "-H", Int(h),
                "-singlefile", pdf, root,
            ], cancellationToken);
            if (result.ExitCode != 0 || !File.Exists(root + ".png"))
            {
                throw new InvalidOperationException($"pdftoppm could not render page {page} of {Path.GetFileName(pdf)}: {result.StandardError}");
            }
            return await File.ReadAllBytesAsync(root + ".png", cancellationToken);
        }
        finally
        {
            File.Delete(root + ".png");
        }
    }

    private static async Task<(double Width, double Height)> PageSizeAsync(string pdf, int page, CancellationToken cancellationToken)
    {
        string p = page.ToString(CultureInfo.InvariantCulture);
        var info = await ExternalTool.RunAsync("pdfinfo", ["-f", p, "-l", p, pdf], cancellationToken);
        var size = PageSize().Match(info.StandardOutput);
        if (info.ExitCode != 0 || !size.Success)
        {
            throw new InvalidOperationException($"pdfinfo could not read page {page} of {Path.GetFileName(pdf)}: {info.StandardError}");
        }
        double width = double.Parse(size.Groups["w"].Value, CultureInfo.InvariantCulture);
        double height = double.Parse(size.Groups["h"].Value, CultureInfo.InvariantCulture);
        // A page turned by /Rotate 90 or 270 renders with its sides swapped.
        var rotation = PageRotation().Match(info.StandardOutput);
        return rotation.Success && rotation.Groups["r"].Value is "90" or "270" ? (height, width) : (width, height);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Page\s+\d+\s+size:\s+(?<w>[0-9.]+)\s+x\s+(?<h>[0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex PageSize();

    [GeneratedRegex(@"^Page\s+\d+\s+rot:\s+(?<r>\d+)", RegexOptions.Multiline)]
    private static partial Regex PageRotation();
}
