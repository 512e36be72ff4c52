using System.Text.Json.Serialization;

namespace Digitize.Core.Pages;

/// <summary>A rectangle on the page image in pixels, origin top left, right and bottom exclusive.</summary>
public readonly record struct PixelBox(int Left, int Top, int Right, int Bottom)
{
    public int Width => Right - Left;

    public int Height => Bottom - Top;

    /// <summary>Where the box's middle stands across the page, in pixels (derived: not written with the box).</summary>
    [JsonIgnore]
    public double CentreX => (Left + Right) / 2.0;

    /// <summary>True when the middle of <paramref name="box"/> lies in this box: a word read there belongs to it.</summary>
    public bool HoldsCentreOf(PixelBox box)
    {
        int x = (box.Left + box.Right) / 2, y = (box.Top + box.Bottom) / 2;
        return x >= Left && x < Right && y >= Top && y < Bottom;
    }
}

/// <summary>One recognised word: NFC text, where it stands, how sure the engine is (0–1), and its block and line.</summary>
public sealed record OcrWord(string Text, PixelBox Box, double Confidence, int Block, int Line);

/// <summary>Where a page's text came from.</summary>
public enum TextSource
{
    /// <summary>Recognised by Tesseract from the page image.</summary>
    Ocr,

    /// <summary>Taken from the text layer the PDF already had; the page was not OCR'd again.</summary>
    PdfTextLayer,
}

/// <summary>Identifies a page of a dossier: its number in the dossier and where it comes from.</summary>
public sealed record PageRef(int Number, string File, int PageInFile);

/// <summary>What the page pipeline did to the page before recognition.</summary>
/// <param name="RotationDegrees">Clockwise rotation applied to make the page upright: 0, 90, 180 or 270.</param>
/// <param name="OrientationConfidence">Tesseract OSD's confidence in that orientation (0 when OSD did not run, the page reading upright as it lay, or found nothing).</param>
/// <param name="SkewDegrees">Skew measured by Leptonica and removed; 0 when the page was straight enough.</param>
public sealed record PagePreprocessing(int RotationDegrees, double OrientationConfidence, double SkewDegrees);

/// <summary>The OCR result of one page.</summary>
/// <param name="Warnings">What a person should look at although the page went through (a blank page); null: none.</param>
public sealed record PageResult(
    PageRef Page,
    string Text,
    IReadOnlyList<OcrWord> Words,
    double MeanConfidence,
    PagePreprocessing Preprocessing,
    int Dpi,
    int Width,
    int Height,
    TextSource TextSource,
    string PdfPath,
    TimeSpan Elapsed,
    IReadOnlyList<string>? Warnings = null);
