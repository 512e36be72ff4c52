namespace Digitize.Ocr.Engine;

/// <summary>Settings of the OCR core; immutable, validated where they are used.</summary>
public sealed record OcrOptions
{
    /// <summary>Folder with the models (<c>MODEL.traineddata</c>, <c>osd.traineddata</c>) and <c>pdf.ttf</c>.</summary>
    public required string TessdataPath { get; init; }

    /// <summary>
    /// Recognition model: <c>vie</c> (tessdata_fast, the default: measured as accurate as best_int on the
    /// samples and faster) or <c>vie_best</c> (tessdata_best_int).
    /// </summary>
    public string Model { get; init; } = "vie";

    /// <summary>Engines working at once, one per thread; defaults to the number of cores.</summary>
    public int Engines { get; init; } = Environment.ProcessorCount;

    /// <summary>Resolution at which image-only PDF pages are rasterised.</summary>
    public int PdfRasterDpi { get; init; } = 300;

    /// <summary>Resolution assumed for images whose file gives none.</summary>
    public int DefaultDpi { get; init; } = 300;

    /// <summary>Pages scanned at a lower resolution are enlarged to this one for recognition only.</summary>
    public int MinRecognitionDpi { get; init; } = 300;

    /// <summary>Largest page accepted, in pixels (width × height); larger files are refused before decoding.</summary>
    public long MaxPixels { get; init; } = 200_000_000;

    /// <summary>Largest skew corrected, in degrees either way.</summary>
    public float MaxSkewDegrees { get; init; } = 10.5f;

    /// <summary>Orientation confidence (Tesseract OSD) below which a page is left as it is.</summary>
    public double MinOrientationConfidence { get; init; } = 2.0;

    /// <summary>Extra Tesseract variables (name → value) set on every recognition engine, e.g. <c>thresholding_method</c>.</summary>
    public IReadOnlyDictionary<string, string> TesseractVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>JPEG quality of grey and colour page images in the searchable PDF.</summary>
    public int PdfJpegQuality { get; init; } = 80;
}
