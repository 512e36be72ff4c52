using System.Runtime.InteropServices;
using System.Text;
using Digitize.Core.Pages;
using Digitize.Core.Text;
using Digitize.Ocr.Imaging;
using Digitize.Ocr.Native;
using static Digitize.Ocr.Native.Interop.Tesseract;

namespace Digitize.Ocr.Engine;

/// <summary>What Tesseract recognised on one page image.</summary>
internal sealed record RecognizedText(string Text, IReadOnlyList<OcrWord> Words, double MeanConfidence);

/// <summary>
/// One Tesseract recognition engine (the model loaded once) and its orientation detector.
/// Not thread-safe: an engine belongs to one thread at a time, handed out by <see cref="EnginePool"/>.
/// </summary>
internal sealed class TesseractEngine : IDisposable
{
    private enum State { Ready, Recognized }

    private readonly SafeTessBaseApiHandle _ocr;
    private readonly SafeTessBaseApiHandle _osd;
    private readonly string _tessdata;
    private State _state = State.Ready;

    private TesseractEngine(SafeTessBaseApiHandle ocr, SafeTessBaseApiHandle osd, string tessdata)
    {
        _ocr = ocr;
        _osd = osd;
        _tessdata = tessdata;
    }

    /// <summary>Loads the recognition model and the OSD model from <paramref name="options"/>.TessdataPath.</summary>
    /// <exception cref="OcrEngineException">A model is missing or cannot be loaded.</exception>
    public static TesseractEngine Create(OcrOptions options)
    {
        NativeSetup.EnsureApplied();
        string tessdata = Path.GetFullPath(options.TessdataPath);
        var ocr = CreateApi(tessdata, options.Model, OcrEngineMode.LstmOnly);
        try
        {
            // The two-column heading of administrative documents needs automatic page segmentation;
            // the C API's default (single block) merges the columns.
            TessBaseAPISetPageSegMode(ocr, PageSegMode.Auto);
            // Sauvola's local thresholding (Tesseract 5.3 method 2) keeps thin strokes and diacritics on uneven
            // backgrounds better than the global Otsu default: CER 0.55 % → 0.51 % on the samples before speck removal.
            TessBaseAPISetVariable(ocr, "thresholding_method", "2");
            foreach (var (name, value) in options.TesseractVariables)
            {
                if (!TessBaseAPISetVariable(ocr, name, value))
                {
                    throw new OcrEngineException(nameof(TessBaseAPISetVariable), 0, $"Tesseract has no variable '{name}'");
                }
            }
            var osd = CreateApi(tessdata, "osd", OcrEngineMode.TesseractOnly);
            TessBaseAPISetPageSegMode(osd, PageSegMode.OsdOnly);
            return new TesseractEngine(ocr, osd, tessdata);
        }
        catch
        {
            ocr.Dispose();
            throw;
        }
    }

    /// <summary>The libtesseract version string.</summary>
    public static string Version
    {
        get
        {
            NativeSetup.EnsureApplied();
            return Marshal.PtrToStringUTF8(TessVersion()) ?? "";
        }
    }

    /// <summary>
    /// Detects the page orientation with Tesseract OSD.
    /// </summary>
    /// <returns>The clockwise rotation (0, 90, 180, 270) that makes the page upright, and the confidence;
    /// null when OSD finds too little text to decide.</returns>
    public (int ClockwiseRotation, double Confidence)? DetectOrientation(PageImage image, int dpi)
    {
        TessBaseAPISetImage2(_osd, image.Handle);
        TessBaseAPISetSourceResolution(_osd, dpi);
        try
        {
            // The script name points into the model's character set: despite capi.h's comment it must not be freed
            // (TessBaseAPI::DetectOrientationScript returns unicharset memory; freeing it corrupts the heap).
            if (!TessBaseAPIDetectOrientationScript(_osd, out int orientationDegrees, out float confidence, out _, out _))
            {
                return null;
            }
            // OSD reports how far the text is turned counter-clockwise; undoing it is the clockwise complement.
            return ((360 - orientationDegrees) % 360, confidence);
        }
        finally
        {
            TessBaseAPIClear(_osd);
        }
    }

    /// <summary>Recognises the image: NFC text, words with boxes and confidences, mean confidence.</summary>
    /// <exception cref="OcrEngineException">Recognition failed.</exception>
    public RecognizedText Recognize(PageImage image, int dpi)
    {
        TessBaseAPISetImage2(_ocr, image.Handle);
        TessBaseAPISetSourceResolution(_ocr, dpi);
        int status = TessBaseAPIRecognize(_ocr, 0);
        if (status != 0)
        {
            TessBaseAPIClear(_ocr);
            throw new OcrEngineException(nameof(TessBaseAPIRecognize), status, "recognition failed on the page image");
        }
        _state = State.Recognized;
        var (text, words) = ReadWords();
        double mean = words.Count == 0 ? 0 : TessBaseAPIMeanTextConf(_ocr) / 100.0;
        return new RecognizedText(text, words, mean);
    }

    /// <summary>
    /// Writes a one-page searchable PDF of the page last recognised: the image file <paramref name="imagePath"/>
    /// (which must show exactly the recognised image) under an invisible text layer.
    /// </summary>
    public string RenderPdf(string imagePath, string outputBase, string title)
    {
        EnsureState(State.Recognized);
        // The PDF renderer embeds the file named as input (JPEG and G4 data are copied as they are).
        TessBaseAPISetInputName(_ocr, imagePath);
        using var renderer = TessPDFRendererCreate(outputBase, _tessdata, textonly: false);
        if (renderer.IsInvalid)
        {
            throw new OcrEngineException(nameof(TessPDFRendererCreate), 0, $"cannot create the PDF renderer (is pdf.ttf in {_tessdata}?)");
        }
        if (!TessResultRendererBeginDocument(renderer, title) || !TessResultRendererAddImage(renderer, _ocr)
            || !TessResultRendererEndDocument(renderer))
        {
            throw new OcrEngineException(nameof(TessResultRendererAddImage), 0, $"cannot write {outputBase}.pdf");
        }
        return outputBase + ".pdf";
    }

    /// <summary>Forgets the last page (keeps the model loaded).</summary>
    public void Clear()
    {
        TessBaseAPIClear(_ocr);
        _state = State.Ready;
    }

    public void Dispose()
    {
        _ocr.Dispose();
        _osd.Dispose();
    }

    private static SafeTessBaseApiHandle CreateApi(string tessdata, string language, OcrEngineMode mode)
    {
        var api = TessBaseAPICreate();
        if (api.IsInvalid)
        {
            api.Dispose();
            throw new OcrEngineException(nameof(TessBaseAPICreate), 0, "out of memory");
        }
        int status = TessBaseAPIInit2(api, tessdata, language, mode);
        if (status != 0)
        {
            api.Dispose();
            throw new OcrEngineException(nameof(TessBaseAPIInit2), status,
                $"cannot load the model '{language}' from {tessdata} (run scripts/setup.sh)");
        }
        // Tesseract's progress chatter ("Detected 127 diacritics") would flood a batch log.
        TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        return api;
    }

    /// <summary>
    /// Reads the words in reading order and builds the page text from them (lines, blank lines between blocks),
    /// leaving out specks: see <see cref="OcrNoise"/>.
    /// </summary>
    private (string Text, List<OcrWord> Words) ReadWords()
    {
        var words = new List<OcrWord>();
        var text = new StringBuilder();
        using var iterator = TessBaseAPIGetIterator(_ocr);
        if (iterator.IsInvalid)
        {
            return ("", words);
        }
        nint page = TessResultIteratorGetPageIterator(iterator);
        int block = -1, line = -1;
        string separator = "";
        do
        {
            if (TessPageIteratorIsAtBeginningOf(page, PageIteratorLevel.Block))
            {
                block++;
                separator = "\n\n";
            }
            else if (TessPageIteratorIsAtBeginningOf(page, PageIteratorLevel.TextLine) && separator.Length == 0)
            {
                separator = "\n";
            }
            bool startsLine = TessPageIteratorIsAtBeginningOf(page, PageIteratorLevel.TextLine);
            if (startsLine)
            {
                line++;
            }
            string word = VietnameseText.Nfc(TakeText(TessResultIteratorGetUTF8Text(iterator, PageIteratorLevel.Word))).Trim();
            double confidence = Math.Round(TessResultIteratorConfidence(iterator, PageIteratorLevel.Word) / 100.0, 3);
            if (word.Length == 0 || OcrNoise.IsSpeck(word, confidence, startsLine)
                || !TessPageIteratorBoundingBox(page, PageIteratorLevel.Word, out int l, out int t, out int r, out int b))
            {
                continue;
            }
            text.Append(text.Length == 0 ? "" : separator.Length == 0 ? " " : separator).Append(word);
            separator = "";
            words.Add(new OcrWord(word, new PixelBox(l, t, r, b), confidence, Math.Max(block, 0), Math.Max(line, 0)));
        }
        while (TessResultIteratorNext(iterator, PageIteratorLevel.Word));
        return (text.ToString(), words);
    }

    private static string TakeText(nint text)
    {
        if (text == 0)
        {
            return "";
        }
        try
        {
            return Marshal.PtrToStringUTF8(text) ?? "";
        }
        finally
        {
            TessDeleteText(text);
        }
    }

    private void EnsureState(State expected)
    {
        if (_state != expected)
        {
            throw new InvalidOperationException($"The engine is {_state}; this call needs {expected}.");
        }
    }
}
