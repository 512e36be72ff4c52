namespace Digitize.Ocr.Engine;

/// <summary>Settings of the OCR core: configuration section <c>Ocr</c>, validated at start.</summary>
public sealed record OcrOptions
{
    public const string Section = "Ocr";

    /// <summary>
    /// Folder with the models (<c>MODEL.traineddata</c>, <c>osd.traineddata</c>) and <c>pdf.ttf</c>; empty (default):
    /// the repository's <c>tessdata/</c>.
    /// </summary>
    public string TessdataPath { get; set; } = "";

    /// <summary>
    /// Recognition model: <c>vie</c> (tessdata_fast, the default: measured as accurate as best_int on the
    /// samples and faster) or <c>vie_best</c> (tessdata_best_int).
    /// </summary>
    public string Model { get; set; } = "vie";

    /// <summary>Engines working at once, one per thread; 0 (default) means one per core.</summary>
    public int Engines { get; set; } = Environment.ProcessorCount;

    /// <summary>Resolution at which image-only PDF pages are rasterised.</summary>
    public int PdfRasterDpi { get; set; } = 300;

    /// <summary>Resolution assumed for images whose file gives none.</summary>
    public int DefaultDpi { get; set; } = 300;

    /// <summary>Pages scanned at a lower resolution are enlarged to this one for recognition only.</summary>
    public int MinRecognitionDpi { get; set; } = 300;

    /// <summary>
    /// Largest page accepted, in pixels (width × height), read from the file's header or the PDF page size at
    /// <see cref="PdfRasterDpi"/>; larger pages are refused before decoding. It bounds the memory a page takes: about
    /// 4 bytes a pixel per image copy the pipeline holds (50 MP: A3 at 500 dpi, A4 at 600 dpi).
    /// </summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>Shortest page side accepted, in pixels: anything smaller is not a scan (a 1×1 spacer, an icon).</summary>
    public int MinPageSidePixels { get; set; } = 100;

    /// <summary>Most pages accepted in one file (PDF or multi-page TIFF); a file with more is refused at intake.</summary>
    public int MaxPagesPerFile { get; set; } = 1000;

    /// <summary>
    /// Largest size, in bytes, that one PDF page's content (its content streams and forms) may unpack to; a page beyond
    /// it (a decompression bomb) fails on its own, before any parser holds the unpacked bytes.
    /// </summary>
    public long MaxPdfPageContentBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest skew corrected, in degrees either way.</summary>
    public float MaxSkewDegrees { get; set; } = 10.5f;

    /// <summary>Orientation confidence (Tesseract OSD) below which a page is left as it is.</summary>
    public double MinOrientationConfidence { get; set; } = 2.0;

    /// <summary>Extra Tesseract variables (name → value) set on every recognition engine, e.g. <c>thresholding_method</c>.</summary>
    public Dictionary<string, string> TesseractVariables { get; set; } = [];

    /// <summary>JPEG quality of grey and colour page images in the searchable PDF.</summary>
    public int PdfJpegQuality { get; set; } = 80;
}
