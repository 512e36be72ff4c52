using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace Digitize.Ocr.Input;

/// <summary>
/// The scan inside a scanned PDF page, taken as it is: a page that draws one JPEG over the whole page, upright, is that
/// JPEG at the resolution it was scanned at. Rendering it with pdftoppm instead costs about a second a page (a 26 MB
/// raster written and read back), a sixth of what reading the page takes, and resamples a 200 dpi scan once more.
/// Anything else on the page (a second image, a mask, a turn, CMYK) is left to pdftoppm.
/// </summary>
internal static class PdfPageJpeg
{
    private static readonly NameToken DctDecode = NameToken.Create("DCTDecode");

    // How far, in points, the image's edges may lie from the page's (rounding in the producer's matrix).
    private const double EdgeTolerancePoints = 1.0;

    /// <summary>The JPEG that is page <paramref name="pageNumber"/> (1-based) and its resolution, or null.</summary>
    /// <param name="maxPixels">Larger images are left to pdftoppm, which renders them at the configured resolution.</param>
    public static (byte[] Jpeg, int Dpi)? Find(string path, int pageNumber, long maxPixels)
    {
        try
        {
            return FindOnPage(path, pageNumber, maxPixels);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null; // a structure PdfPig reads differently from poppler: pdftoppm renders the page
        }
    }

    private static (byte[] Jpeg, int Dpi)? FindOnPage(string path, int pageNumber, long maxPixels)
    {
        using var document = PdfDocument.Open(path);
        var page = document.GetPage(pageNumber);
        if (page.Rotation.Value != 0)
        {
            return null;
        }
        var images = page.GetImages().Take(2).ToList();
        if (images is not [var image] || image.IsInlineImage || image.IsImageMask || image.BitsPerComponent != 8
            || image.ColorSpaceDetails?.Type is not (ColorSpace.DeviceGray or ColorSpace.DeviceRGB)
            || image.ImageDictionary.ContainsKey(NameToken.Decode) || image.ImageDictionary.ContainsKey(NameToken.Smask)
            || image.ImageDictionary.ContainsKey(NameToken.Mask) || !IsJpegOnly(image.ImageDictionary)
            || (long)image.WidthInSamples * image.HeightInSamples > maxPixels)
        {
            return null;
        }
        var bounds = image.BoundingBox;
        var box = page.CropBox.Bounds;
        // The unit square's corners where the page's are: upright, not mirrored, the whole page.
        if (!Near(bounds.BottomLeft.X, box.Left) || !Near(bounds.BottomLeft.Y, box.Bottom)
            || !Near(bounds.TopRight.X, box.Right) || !Near(bounds.TopRight.Y, box.Top)
            || !Near(bounds.TopLeft.X, box.Left) || !Near(bounds.TopLeft.Y, box.Top))
        {
            return null;
        }
        double dpiAcross = image.WidthInSamples / (box.Width / 72), dpiDown = image.HeightInSamples / (box.Height / 72);
        int dpi = (int)Math.Round(dpiAcross);
        if (Math.Abs(dpiAcross - dpiDown) > 1 || dpi is < 70 or > 1200)
        {
            return null;
        }
        return (image.RawMemory.ToArray(), dpi);
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= EdgeTolerancePoints;

    private static bool IsJpegOnly(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Filter, out var filter) && filter switch
        {
            NameToken name => name.Equals(DctDecode),
            ArrayToken { Data: [NameToken only] } => only.Equals(DctDecode),
            _ => false,
        };
}
