using System.Diagnostics;
using Digitize.Core.Errors;
using Digitize.Core.Pages;
using Digitize.Ocr.Engine;
using Digitize.Ocr.Input;

namespace Digitize.Ocr.Pipeline;

/// <summary>A scan file of a dossier after triage: how many pages it gave, or why it gave none.</summary>
public sealed record ScannedFile(string Path, int Pages, string? Error);

/// <summary>Everything the OCR core produced for a set of scan files.</summary>
public sealed record ScanOcrResult(IReadOnlyList<ScannedFile> Files, IReadOnlyList<PageResult> Pages, IReadOnlyList<PageFailure> Failures);

/// <summary>
/// The OCR core: scan files in, per page upright and deskewed NFC text with word boxes and a one-page searchable PDF out.
/// Pages run in parallel, one Tesseract engine each; a bad file or page is reported and the others go on.
/// Thread-safe: one pipeline serves a whole process.
/// </summary>
public sealed class OcrPipeline : IDisposable
{
    private readonly OcrOptions _options;
    private readonly EnginePool _engines;

    public OcrPipeline(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string model = Path.Combine(options.TessdataPath, options.Model + ".traineddata");
        if (!File.Exists(model))
        {
            throw new MissingDependencyException($"{model}: the OCR model is not installed (run scripts/setup.sh)");
        }
        _options = options;
        _engines = new EnginePool(options);
    }

    /// <summary>Recognises every page of <paramref name="files"/>, numbered across the files in the order given.</summary>
    /// <param name="workFolder">Where page PDFs are written; the caller owns and removes it.</param>
    /// <param name="onPage">Called as each page ends, from worker threads.</param>
    public async Task<ScanOcrResult> RecognizeAsync(IReadOnlyList<string> files, string workFolder,
        Action<PageRef>? onPage = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(workFolder);
        var (scanned, pages, failures) = Triage(files);
        var results = new PageResult?[pages.Count];
        var pageFailures = new PageFailure?[pages.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Engines, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, pages.Count), parallel, async (i, ct) =>
        {
            var ctx = new PageContext(pages[i].Page, workFolder, pages[i].File);
            try
            {
                results[i] = await ProcessPageAsync(ctx, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                pageFailures[i] = new PageFailure(ctx.File.Path, ctx.Page.PageInFile, "ocr", Describe(ex));
            }
            onPage?.Invoke(ctx.Page);
        }).ConfigureAwait(false);
        failures.AddRange(pageFailures.OfType<PageFailure>());
        return new ScanOcrResult(scanned, results.OfType<PageResult>().ToList(), failures);
    }

    /// <summary>
    /// Counts the pages of a scan file without decoding them, for registering a dossier's pages before they are
    /// recognised one by one (each page a job of its own).
    /// </summary>
    /// <exception cref="InputFileException">The file cannot be used; the message says why.</exception>
    public int CountPages(string file) => ScanFile.Open(file, _options).PageCount;

    /// <summary>Recognises page <paramref name="page"/>.PageInFile of <paramref name="page"/>.File.</summary>
    /// <param name="workFolder">Where the page's one-page PDF is written.</param>
    /// <exception cref="InputFileException">The file or page cannot be used; retrying cannot help.</exception>
    public async Task<PageResult> RecognizePageAsync(PageRef page, string workFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(workFolder);
        var file = ScanFile.Open(page.File, _options);
        if (page.PageInFile < 1 || page.PageInFile > file.PageCount)
        {
            throw new InputFileException(page.File, $"has {file.PageCount} pages, not a page {page.PageInFile}");
        }
        return await ProcessPageAsync(new PageContext(page, workFolder, file), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Recognises one page: load → orientation → deskew → OCR → page PDF.</summary>
    private async Task<PageResult> ProcessPageAsync(PageContext ctx, CancellationToken ct)
    {
        if (ctx.File.Pdf?.Pages[ctx.IndexInFile].HasTextLayer == true)
        {
            return await TextLayerPage.ProcessAsync(ctx, ct).ConfigureAwait(false);
        }
        var started = Stopwatch.StartNew();
        var (loaded, dpi) = await PageStages.LoadAsync(ctx, _options, ct).ConfigureAwait(false);
        var page = loaded;
        try
        {
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
                    readableDpi, readable.Width, readable.Height, TextSource.Ocr, pdf, started.Elapsed);
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

    private (List<ScannedFile>, List<(PageRef Page, ScanFile File)>, List<PageFailure>) Triage(IReadOnlyList<string> files)
    {
        var scanned = new List<ScannedFile>();
        var pages = new List<(PageRef, ScanFile)>();
        var failures = new List<PageFailure>();
        foreach (string path in files)
        {
            try
            {
                var file = ScanFile.Open(path, _options);
                for (int p = 1; p <= file.PageCount; p++)
                {
                    pages.Add((new PageRef(pages.Count + 1, path, p), file));
                }
                scanned.Add(new ScannedFile(path, file.PageCount, null));
            }
            catch (Exception ex) when (ex is InputFileException or IOException or UnauthorizedAccessException)
            {
                string message = Describe(ex);
                scanned.Add(new ScannedFile(path, 0, message));
                failures.Add(new PageFailure(path, null, "triage", message));
            }
        }
        return (scanned, pages, failures);
    }

    private static string Describe(Exception ex) => ex switch
    {
        InputFileException input => input.Reason,
        UnauthorizedAccessException => "the file cannot be read (permission denied)",
        _ => ex.Message,
    };
}
