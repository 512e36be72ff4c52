using System.Collections.Concurrent;
using System.Text;
using Digitize.Core.Errors;
using Digitize.Core.Pages;
using Digitize.Core.Text;
using Digitize.Ocr.Imaging;
using Digitize.Ocr.Native;

namespace Digitize.Ocr.Engine;

/// <summary>What Tesseract recognised on one page image.</summary>
/// <param name="UprightShare">The share of the words whose text block Tesseract's layout analysis found upright (0–1).</param>
internal sealed record RecognizedText(string Text, IReadOnlyList<OcrWord> Words, double MeanConfidence, double UprightShare);

/// <summary>
/// One Tesseract recognition engine (the model loaded once) and its orientation detector.
/// Not thread-safe: an engine belongs to one thread at a time, handed out by <see cref="EnginePool"/>.
/// </summary>
internal sealed class TesseractEngine : IDisposable
{
    private const string OsdModel = "osd";

    /// <summary>The word list in the models' folder that tells misread tones (see <see cref="CompoundTones"/>).</summary>
    public const string WordListFile = "vie-words.txt";

    /// <summary>The syllables in the models' folder that tell a misread word from a written one (see <see cref="UnknownSyllables"/>).</summary>
    public const string SyllableListFile = "vie-syllables.txt";

    // One list per folder, read once and shared by the engines (it is immutable).
    private static readonly ConcurrentDictionary<string, Lazy<VietnameseWords>> WordLists = new(StringComparer.Ordinal);

    // Tesseract's variable for how a grey page is made black and white, and two of its methods.
    private const string ThresholdingVariable = "thresholding_method";
    private const string OtsuThresholding = "0";
    private const string SauvolaThresholding = "2";

    private readonly TessBaseApi _ocr;
    private readonly TessBaseApi _osd;
    // A second recogniser for the bands read again (see PageNumberBand, HeadingBand): _ocr keeps the page's result for
    // the PDF renderer.
    private readonly TessBaseApi _band;
    private readonly string _tessdata;
    private readonly VietnameseWords _words;

    // The thresholding the recognisers were set up with (Sauvola's, unless the options name another).
    private readonly string _thresholding;

    private TesseractEngine(TessBaseApi ocr, TessBaseApi osd, TessBaseApi band, string tessdata, VietnameseWords words, string thresholding)
    {
        _thresholding = thresholding;
        _ocr = ocr;
        _osd = osd;
        _band = band;
        _tessdata = tessdata;
        _words = words;
    }

    /// <summary>Loads the recognition model and the OSD model from <paramref name="options"/>.TessdataPath.</summary>
    /// <exception cref="MissingDependencyException">A model file is not installed.</exception>
    /// <exception cref="OcrEngineException">A model is there but cannot be loaded.</exception>
    public static TesseractEngine Create(OcrOptions options)
    {
        string tessdata = Path.GetFullPath(options.TessdataPath);
        // The two-column heading of administrative documents needs automatic page segmentation;
        // the C API's default (single block) merges the columns.
        var ocr = CreateRecogniser(tessdata, options, PageSegMode.Auto);
        TessBaseApi? band = null;
        try
        {
            var words = LoadWordList(tessdata);
            // A band read again (the top margin, a heading's right column) is one block of text.
            band = CreateRecogniser(tessdata, options, PageSegMode.SingleBlock);
            var osd = CreateApi(tessdata, OsdModel, OcrEngineMode.TesseractOnly);
            osd.SetPageSegMode(PageSegMode.OsdOnly);
            return new TesseractEngine(ocr, osd, band, tessdata, words,
                options.TesseractVariables.GetValueOrDefault(ThresholdingVariable, SauvolaThresholding));
        }
        catch
        {
            ocr.Dispose();
            band?.Dispose();
            throw;
        }
    }

    private static TessBaseApi CreateRecogniser(string tessdata, OcrOptions options, PageSegMode mode)
    {
        var api = CreateApi(tessdata, options.Model, OcrEngineMode.LstmOnly);
        try
        {
            api.SetPageSegMode(mode);
            // Sauvola's local thresholding (Tesseract 5.3 method 2) keeps thin strokes and diacritics on uneven
            // backgrounds better than the global Otsu default: CER 0.55 % → 0.51 % on the samples before speck removal.
            api.TrySetVariable(ThresholdingVariable, SauvolaThresholding);
            foreach (var (name, value) in options.TesseractVariables)
            {
                if (!api.TrySetVariable(name, value))
                {
                    throw new OcrEngineException("TessBaseAPISetVariable", 0, $"Tesseract has no variable '{name}'");
                }
            }
            return api;
        }
        catch
        {
            api.Dispose();
            throw;
        }
    }

    /// <summary>The libtesseract version string.</summary>
    public static string Version => TessBaseApi.Version;

    /// <summary>
    /// Detects the page orientation with Tesseract OSD.
    /// </summary>
    /// <returns>The clockwise rotation (0, 90, 180, 270) that makes the page upright, and the confidence;
    /// null when OSD finds too little text to decide.</returns>
    public (int ClockwiseRotation, double Confidence)? DetectOrientation(PageImage image, int dpi)
    {
        _osd.SetImage(image.Pix, dpi);
        try
        {
            if (_osd.DetectOrientationScript() is not { } found)
            {
                return null;
            }
            // OSD reports how far the text is turned counter-clockwise; undoing it is the clockwise complement.
            return ((360 - found.OrientationDegrees) % 360, found.Confidence);
        }
        finally
        {
            _osd.Clear();
        }
    }

    /// <summary>Recognises the image: NFC text, words with boxes and confidences, mean confidence.</summary>
    /// <exception cref="OcrEngineException">Recognition failed.</exception>
    public RecognizedText Recognize(PageImage image, int dpi)
    {
        _ocr.SetImage(image.Pix, dpi);
        _ocr.Recognize();
        var (text, words, upright) = ReadWords(image, dpi);
        double mean = words.Count == 0 ? 0 : _ocr.MeanTextConf() / 100.0;
        return new RecognizedText(text, words, mean, words.Count == 0 ? 1 : (double)upright / words.Count);
    }

    /// <summary>
    /// Writes a one-page searchable PDF of the page last recognised: the image file <paramref name="imagePath"/>
    /// (which must show exactly the recognised image) under an invisible text layer.
    /// </summary>
    /// <exception cref="InvalidOperationException">No page has been recognised since the engine was last cleared.</exception>
    /// <exception cref="OcrEngineException">The PDF cannot be written.</exception>
    public string RenderPdf(string imagePath, string outputBase, string title)
    {
        // The PDF renderer embeds the file named as input (JPEG and G4 data are copied as they are).
        _ocr.WritePdf(imagePath, outputBase, _tessdata, title);
        return outputBase + ".pdf";
    }

    /// <summary>Forgets the last page (keeps the model loaded).</summary>
    public void Clear() => _ocr.Clear();

    public void Dispose()
    {
        _ocr.Dispose();
        _osd.Dispose();
        _band.Dispose();
    }

    private static VietnameseWords LoadWordList(string tessdata)
    {
        string path = Path.Combine(tessdata, WordListFile), syllables = Path.Combine(tessdata, SyllableListFile);
        // Checked before the cache: a list installed after a failed start is found on the next.
        foreach (string list in new[] { path, syllables }.Where(l => !File.Exists(l)))
        {
            throw new MissingDependencyException($"{list}: the word list is not installed (run scripts/setup.sh)");
        }
        return WordLists.GetOrAdd(path, p => new Lazy<VietnameseWords>(() => VietnameseWords.Load(p, syllables))).Value;
    }

    private static TessBaseApi CreateApi(string tessdata, string language, OcrEngineMode mode)
    {
        // Checked first: a model that is not installed is a permanent setup error, not an engine failure worth a retry.
        string model = Path.Combine(tessdata, language + ".traineddata");
        if (!File.Exists(model))
        {
            throw new MissingDependencyException($"{model}: the OCR model is not installed (run scripts/setup.sh)");
        }
        var api = TessBaseApi.Create(tessdata, language, mode);
        // Tesseract's progress chatter ("Detected 127 diacritics") would flood a batch log.
        api.TrySetVariable("debug_file", "/dev/null");
        return api;
    }

    /// <summary>
    /// Reads the words in reading order and builds the page text from them (lines, blank lines between blocks),
    /// leaving out specks (see <see cref="OcrNoise"/>) and hand-written notes in the margins (see
    /// <see cref="MarginNotes"/>), with the bands the layout analysis dropped read again (see <see cref="HeadingBand"/>,
    /// <see cref="HeadingSlotBand"/>, <see cref="MarkBand"/>, <see cref="PageNumberBand"/>) and the lines it left out of every block
    /// read on their own (see <see cref="UnreadLines"/>), a code line's unsure number read again (see <see cref="CodeNumberBand"/>) and what the rules of Vietnamese print put right (see <see cref="OcrWordRepairs"/>), in
    /// printed lines (see <see cref="PrintedLines"/>).
    /// </summary>
    private (string Text, List<OcrWord> Words, int Upright) ReadWords(PageImage image, int dpi)
    {
        var upright = new HashSet<OcrWord>();
        using var iterator = _ocr.GetIterator();
        if (iterator is null)
        {
            return ("", [], 0);
        }
        var words = MarginNotes.Remove(ToWords(iterator.Words(), dpi, firstBlock: 0, firstLine: 0, upright));
        // Counted before the heading's words are replaced: the replacements stand where upright words stood.
        int uprightWords = words.Count(upright.Contains);
        words = ReadCodeNumberBand(image, dpi, ReadMarkBand(image, dpi, ReadHeadingSlotBand(image, dpi, ReadHeadingBand(image, dpi, words))));
        words = ReadUnreadLines(image, dpi, words);
        if (ReadPageNumber(image, dpi, words) is { } number)
        {
            words.Insert(0, number);
        }
        var lines = OcrWordRepairs.Apply(words, image.Width, image.Height, _words);
        words = lines.SelectMany(line => line).ToList();
        return (JoinText(lines), words, Math.Min(uprightWords, words.Count));
    }

    // Tesseract's words as the page's, NFC, specks left out; blocks and lines numbered on from the given ones. Words whose
    // block was found upright are added to upright.
    private static List<OcrWord> ToWords(IEnumerable<IteratedWord> iterated, int dpi, int firstBlock, int firstLine, HashSet<OcrWord>? upright)
    {
        var words = new List<OcrWord>();
        int block = firstBlock - 1, line = firstLine - 1;
        foreach (var found in iterated)
        {
            if (found.BeginsBlock)
            {
                block++;
            }
            if (found.BeginsLine)
            {
                line++;
            }
            string word = OcrNoise.Normalise(VietnameseText.Nfc(found.Text).Trim());
            double confidence = Math.Round(found.Confidence / 100.0, 3);
            if (word.Length == 0 || found.Box is not { } box || OcrNoise.IsSpeck(word, confidence, found.BeginsLine)
                || OcrNoise.IsBelowPrintSize(word, box, dpi))
            {
                continue;
            }
            var ocrWord = new OcrWord(word, box, confidence, Math.Max(block, firstBlock), Math.Max(line, firstLine));
            words.Add(ocrWord);
            if (found.Upright)
            {
                upright?.Add(ocrWord);
            }
        }
        return words;
    }

    // The right column of a document's heading read again on its own when the page's layout analysis dropped it (see
    // HeadingBand); the page's words otherwise.
    private List<OcrWord> ReadHeadingBand(PageImage image, int dpi, List<OcrWord> words)
    {
        if (HeadingBand.Unread(words, image.Width, image.Height) is not { } band)
        {
            return words;
        }
        var read = ReadBandWords(image, dpi, band, words);
        return HeadingBand.Replace(words, band, read ?? []);
    }

    // The right column over the place and date read on its own when nothing was read there (see HeadingSlotBand); the
    // page's words otherwise.
    private List<OcrWord> ReadHeadingSlotBand(PageImage image, int dpi, List<OcrWord> words)
    {
        if (HeadingSlotBand.Unread(words, image.Width, image.Height) is not { } band)
        {
            return words;
        }
        var read = ReadBandWords(image, dpi, band, words);
        return HeadingSlotBand.Insert(words, band, read ?? []);
    }

    // The blank under the code line read on its own, for an urgency or secrecy mark whose box the layout analysis took for
    // a picture (see MarkBand); the page's words otherwise.
    private List<OcrWord> ReadMarkBand(PageImage image, int dpi, List<OcrWord> words)
    {
        if (MarkBand.Unread(words, image.Width, image.Height) is not { } band)
        {
            return words;
        }
        // The mark is bold inside a frame: Sauvola's local threshold, fine for the page, read the frame's inside as
        // blank on the cleaned page of dev draw 705 (nothing at all for a clear KHẨN), and Otsu's global one reads it.
        var read = ReadBandWords(image, dpi, band, words, OtsuThresholding);
        return MarkBand.Insert(words, read ?? [], band);
    }

    // The code line read on its own when its printed number was read unsurely (see CodeNumberBand); the page's words,
    // with the number as sure as that reading is of it.
    private List<OcrWord> ReadCodeNumberBand(PageImage image, int dpi, List<OcrWord> words)
    {
        if (CodeNumberBand.Unsure(words, image.Width, image.Height) is not { } band)
        {
            return words;
        }
        var read = ReadBandWords(image, dpi, band, words);
        return CodeNumberBand.Vouch(words, read ?? [], image.Width, image.Height);
    }

    // Rows of letters no word covers read again, one by one (see UnreadLines); the page's words with those that read as print.
    private List<OcrWord> ReadUnreadLines(PageImage image, int dpi, List<OcrWord> words)
    {
        foreach (var band in UnreadLines.Find(words, image.InkComponents(), image.Width, image.Height))
        {
            words = UnreadLines.Insert(words, ReadBandWords(image, dpi, band, words) ?? [], _words);
        }
        return words;
    }

    // The words read in one band on its own, their blocks and lines numbered on from the page's.
    private List<OcrWord>? ReadBandWords(PageImage image, int dpi, PixelBox band, List<OcrWord> words, string? thresholding = null) =>
        ReadBand(image, dpi, band, found => ToWords(found, dpi,
            firstBlock: words.Count == 0 ? 0 : words.Max(w => w.Block) + 1, firstLine: words.Count == 0 ? 0 : words.Max(w => w.Line) + 1, null),
            thresholding);

    // The band over the text read on its own, for the page number the page's layout analysis dropped.
    private OcrWord? ReadPageNumber(PageImage image, int dpi, List<OcrWord> words) =>
        PageNumberBand.Above(words, image.Width, image.Height) is { } band
            ? ReadBand(image, dpi, band, found => PageNumberBand.Number(found.ToList(), image.Width, words))
            : null;

    // Recognises one band of the image with the second recogniser (the page's own result stays in _ocr for the PDF), with
    // another thresholding than the configured one when one is named.
    private T? ReadBand<T>(PageImage image, int dpi, PixelBox band, Func<IEnumerable<IteratedWord>, T?> take, string? thresholding = null) where T : class
    {
        try
        {
            if (thresholding is not null)
            {
                _band.TrySetVariable(ThresholdingVariable, thresholding);
            }
            _band.SetImage(image.Pix, dpi);
            _band.SetRectangle(band);
            _band.Recognize();
            using var iterator = _band.GetIterator();
            return iterator is null ? null : take(iterator.Words());
        }
        finally
        {
            _band.Clear();
            if (thresholding is not null)
            {
                _band.TrySetVariable(ThresholdingVariable, _thresholding);
            }
        }
    }

    // Words of one line are joined by a space, lines by a line break, and a blank line comes before a line that opens
    // another block of text than the line above it.
    private static string JoinText(List<List<OcrWord>> lines)
    {
        var text = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                text.Append(lines[i][0].Block != lines[i - 1][0].Block ? "\n\n" : "\n");
            }
            text.AppendJoin(' ', lines[i].Select(w => w.Text));
        }
        return text.ToString();
    }
}
