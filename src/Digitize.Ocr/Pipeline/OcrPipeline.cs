using System.Diagnostics;
using Digitize.Core.Errors;
using Digitize.Core.Pages;
using Digitize.Ocr.Engine;
using Digitize.Ocr.Imaging;
using Digitize.Ocr.Input;

namespace Digitize.Ocr.Pipeline;

/// <summary>
/// The OCR core, one page at a time: a page of a scan file in; upright and deskewed NFC text with word boxes and a
/// one-page searchable PDF out. Pages recognised at once each get a Tesseract engine of their own (at most
/// <see cref="OcrOptions.Engines"/>). Counting a file's pages needs no engine: see <see cref="Input.ScanPageCounter"/>.
/// Thread-safe: one pipeline serves a whole process.
/// </summary>
public sealed class OcrPipeline : IDisposable
{
    private readonly OcrOptions _options;
    private readonly EnginePool _engines;

    public OcrPipeline(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _engines = new EnginePool(options);
    }

    /// <summary>Recognises page <paramref name="page"/>.PageInFile of <paramref name="page"/>.File.</summary>
    /// <param name="workFolder">Where the page's one-page PDF is written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    /// <exception cref="InputFileException">The file or page cannot be used; retrying cannot help.</exception>
    /// <exception cref="MissingDependencyException">A model or a command-line tool is not installed.</exception>
    /// <exception cref="OcrEngineException">Tesseract failed on the page; transient, another attempt may pass.</exception>
    /// <exception cref="Native.LeptonicaException">An image operation failed on the decoded page (most likely out of
    /// memory); transient.</exception>
    public async Task<PageResult> RecognizePageAsync(PageRef page, string workFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Checked here, not when the pipeline is made: a failure there would stop the job before it could record why,
        // and the dossier would wait for ever. Here it fails the page with the reason (permanent: no retry helps).
        string model = Path.Combine(_options.TessdataPath, _options.Model + ".traineddata");
        if (!File.Exists(model))
        {
            throw new MissingDependencyException($"{model}: the OCR model is not installed (run scripts/setup.sh, or set Ocr:TessdataPath)");
        }
        Directory.CreateDirectory(workFolder);
        var file = ScanFile.Open(page.File, _options);
        if (page.PageInFile < 1 || page.PageInFile > file.PageCount)
        {
            throw new InputFileException(page.File, $"has {file.PageCount} pages, not a page {page.PageInFile}");
        }
        if (file.ProblemOfPage(page.PageInFile - 1) is { } problem)
        {
            throw new InputFileException(page.File, problem);
        }
        return await ProcessPageAsync(new PageContext(page, workFolder, file), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Recognises one page: load → deskew → clean → OCR → page PDF, and orientation only where the page does not read
    /// upright (see <see cref="PageStages.ReadsUpright"/>): most scans lie upright, and orientation detection costs about a
    /// quarter of a page's OCR time.
    /// </summary>
    private async Task<PageResult> ProcessPageAsync(PageContext ctx, CancellationToken ct)
    {
        if (ctx.File.Pdf?.Pages[ctx.IndexInFile].HasVisibleText == true)
        {
            return await TextLayerPage.ProcessAsync(ctx, ct).ConfigureAwait(false);
        }
        var started = Stopwatch.StartNew();
        var (loaded, dpi) = await PageStages.LoadAsync(ctx, _options, ct).ConfigureAwait(false);
        var warnings = PageStages.Inspect(loaded);
        EnginePool.Lease lease;
        try
        {
            lease = await _engines.RentAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            loaded.Dispose();
            throw;
        }
        using var _ = lease;
        var engine = lease.Engine;
        var reading = Read(engine, loaded, dpi, rotation: 0, orientationConfidence: 0);
        try
        {
            if (!PageStages.ReadsUpright(reading.Text))
            {
                var (again, _) = await PageStages.LoadAsync(ctx, _options, ct).ConfigureAwait(false);
                var (oriented, rotation, confidence) = PageStages.Orient(engine, again, dpi, _options);
                if (rotation == 0)
                {
                    oriented.Dispose(); // OSD finds it upright: the first reading stands (the engine still holds it)
                    reading = reading with { OrientationConfidence = confidence };
                }
                else
                {
                    reading.Dispose();
                    reading = Read(engine, oriented, dpi, rotation, confidence);
                }
            }
            string pdf = PageStages.RenderPdf(engine, ctx, reading.Page, _options);
            var text = reading.Text;
            // Word boxes are in the pixels of the image recognised, so the page size and resolution are too.
            return new PageResult(ctx.Page, text.Text, text.Words, text.MeanConfidence,
                new PagePreprocessing(reading.Rotation, Math.Round(reading.OrientationConfidence, 2), reading.Skew),
                reading.ReadableDpi, reading.Readable.Width, reading.Readable.Height, TextSource.Ocr, pdf, started.Elapsed,
                PageStages.WarningsAfterRecognition(warnings, text.Words.Count));
        }
        finally
        {
            reading.Dispose();
        }
    }

    // Deskews, cleans and recognises a page (taking ownership of it) turned by `rotation` degrees already.
    private PageReading Read(TesseractEngine engine, PageImage page, int dpi, int rotation, double orientationConfidence)
    {
        PageImage straight;
        double skew;
        try
        {
            (straight, skew) = PageStages.Deskew(page, dpi, _options);
        }
        catch
        {
            page.Dispose();
            throw;
        }
        try
        {
            var (readable, readableDpi) = PageStages.PrepareForRecognition(straight, dpi, _options);
            try
            {
                return new PageReading(straight, readable, readableDpi, engine.Recognize(readable, readableDpi), rotation, orientationConfidence, skew);
            }
            catch
            {
                if (!ReferenceEquals(readable, straight))
                {
                    readable.Dispose();
                }
                throw;
            }
        }
        catch
        {
            straight.Dispose();
            throw;
        }
    }

    /// <summary>A page read: the deskewed page (for the PDF), the image recognised and what was read on it.</summary>
    private sealed record PageReading(PageImage Page, PageImage Readable, int ReadableDpi, RecognizedText Text, int Rotation,
        double OrientationConfidence, double Skew) : IDisposable
    {
        public void Dispose()
        {
            if (!ReferenceEquals(Readable, Page))
            {
                Readable.Dispose();
            }
            Page.Dispose();
        }
    }

    public void Dispose() => _engines.Dispose();
}
