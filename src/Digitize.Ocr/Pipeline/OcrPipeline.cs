using System.Diagnostics;
using Digitize.Core.Errors;
using Digitize.Core.Pages;
using Digitize.Ocr.Engine;
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

    /// <summary>Recognises one page: load → orientation → deskew → OCR → page PDF.</summary>
    private async Task<PageResult> ProcessPageAsync(PageContext ctx, CancellationToken ct)
    {
        if (ctx.File.Pdf?.Pages[ctx.IndexInFile].HasVisibleText == true)
        {
            return await TextLayerPage.ProcessAsync(ctx, ct).ConfigureAwait(false);
        }
        var started = Stopwatch.StartNew();
        var (loaded, dpi) = await PageStages.LoadAsync(ctx, _options, ct).ConfigureAwait(false);
        var page = loaded;
        try
        {
            var warnings = PageStages.Inspect(page);
            using var lease = await _engines.RentAsync(ct).ConfigureAwait(false);
            var engine = lease.Engine;
            (page, int rotation, double orientationConfidence) = PageStages.Orient(engine, page, dpi, _options);
            (page, double skew) = PageStages.Deskew(page, dpi, _options);
            var (readable, readableDpi) = PageStages.PrepareForRecognition(page, dpi, _options);
            try
            {
                var text = engine.Recognize(readable, readableDpi);
                string pdf = PageStages.RenderPdf(engine, ctx, page, _options);
                // Word boxes are in the pixels of the image recognised, so the page size and resolution are too.
                return new PageResult(ctx.Page, text.Text, text.Words, text.MeanConfidence,
                    new PagePreprocessing(rotation, Math.Round(orientationConfidence, 2), skew),
                    readableDpi, readable.Width, readable.Height, TextSource.Ocr, pdf, started.Elapsed,
                    PageStages.WarningsAfterRecognition(warnings, text.Words.Count));
            }
            finally
            {
                if (!ReferenceEquals(readable, page))
                {
                    readable.Dispose();
                }
            }
        }
        finally
        {
            page.Dispose();
        }
    }

    public void Dispose() => _engines.Dispose();
}
