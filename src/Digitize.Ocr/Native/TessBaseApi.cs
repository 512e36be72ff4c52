using System.Runtime.InteropServices;
using Digitize.Core.Pages;
using Digitize.Ocr.Engine;
using static Digitize.Ocr.Native.Interop.Tesseract;

namespace Digitize.Ocr.Native;

/// <summary>
/// One TessBaseAPI with its model loaded. Tracks what has been done to it (image set, page recognised), checks each
/// call against that, and turns Tesseract's failures into <see cref="OcrEngineException"/>s naming the function.
/// Not thread-safe: one thread at a time.
/// </summary>
internal sealed class TessBaseApi : IDisposable
{
    internal enum State { Initialized, ImageSet, Recognized }

    private readonly SafeTessBaseApiHandle _handle;

    private TessBaseApi(SafeTessBaseApiHandle handle)
    {
        _handle = handle;
    }

    public State CurrentState { get; private set; } = State.Initialized;

    /// <summary>The libtesseract version string.</summary>
    public static string Version
    {
        get
        {
            NativeSetup.EnsureApplied();
            // A static string inside the library: read, never freed.
            return Marshal.PtrToStringUTF8(TessVersion()) ?? "";
        }
    }

    /// <summary>Creates an API and loads <paramref name="language"/>.traineddata from <paramref name="dataPath"/>.</summary>
    /// <exception cref="OcrEngineException">The API cannot be created or the model loaded.</exception>
    public static TessBaseApi Create(string dataPath, string language, OcrEngineMode mode)
    {
        NativeSetup.EnsureApplied();
        var handle = TessBaseAPICreate();
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new OcrEngineException(nameof(TessBaseAPICreate), 0, "out of memory");
        }
        int status = TessBaseAPIInit2(handle, dataPath, language, mode);
        if (status != 0)
        {
            handle.Dispose();
            throw new OcrEngineException(nameof(TessBaseAPIInit2), status,
                $"cannot load the model '{language}' from {dataPath} (run scripts/setup.sh)");
        }
        return new TessBaseApi(handle);
    }

    /// <summary>Sets a Tesseract variable; false when this Tesseract has no variable of that name.</summary>
    public bool TrySetVariable(string name, string value) => TessBaseAPISetVariable(_handle, name, value);

    public void SetPageSegMode(PageSegMode mode) => TessBaseAPISetPageSegMode(_handle, mode);

    /// <summary>Gives the API the image to work on (Tesseract keeps its own reference to the PIX) and its resolution.</summary>
    public void SetImage(Pix image, int dpi)
    {
        TessBaseAPISetImage2(_handle, image.Handle);
        TessBaseAPISetSourceResolution(_handle, dpi);
        CurrentState = State.ImageSet;
    }

    /// <summary>Limits the next recognition to a rectangle of the image set (boxes stay in the image's coordinates).</summary>
    public void SetRectangle(PixelBox box)
    {
        EnsureState(State.ImageSet);
        TessBaseAPISetRectangle(_handle, box.Left, box.Top, box.Width, box.Height);
    }

    /// <summary>Orientation and script detection on the image set.</summary>
    /// <returns>How far the text is turned counter-clockwise (0, 90, 180, 270) and the confidence; null when
    /// there is too little text to decide.</returns>
    public (int OrientationDegrees, float Confidence)? DetectOrientationScript()
    {
        EnsureState(State.ImageSet);
        // The script name points into the model's character set: despite capi.h's comment it must not be freed
        // (TessBaseAPI::DetectOrientationScript returns unicharset memory; freeing it corrupts the heap).
        return TessBaseAPIDetectOrientationScript(_handle, out int degrees, out float confidence, out _, out _)
            ? (degrees, confidence)
            : null;
    }

    /// <summary>Recognises the image set.</summary>
    /// <exception cref="OcrEngineException">Recognition failed; the API is cleared.</exception>
    public void Recognize()
    {
        EnsureState(State.ImageSet);
        int status = TessBaseAPIRecognize(_handle, 0);
        if (status != 0)
        {
            Clear();
            throw new OcrEngineException(nameof(TessBaseAPIRecognize), status, "recognition failed on the page image");
        }
        CurrentState = State.Recognized;
    }

    /// <summary>Mean word confidence of the page recognised, 0–100.</summary>
    public int MeanTextConf()
    {
        EnsureState(State.Recognized);
        return TessBaseAPIMeanTextConf(_handle);
    }

    /// <summary>An iterator over the page recognised; null when Tesseract has no result to iterate.</summary>
    public ResultIterator? GetIterator()
    {
        EnsureState(State.Recognized);
        return ResultIterator.Wrap(TessBaseAPIGetIterator(_handle));
    }

    /// <summary>
    /// Writes <paramref name="outputBase"/>.pdf: the image file <paramref name="imagePath"/> (embedded as it is) under
    /// the invisible text of the page recognised.
    /// </summary>
    /// <exception cref="OcrEngineException">The renderer cannot be created or the PDF written.</exception>
    public void WritePdf(string imagePath, string outputBase, string dataPath, string title)
    {
        EnsureState(State.Recognized);
        TessBaseAPISetInputName(_handle, imagePath);
        using var renderer = TessPDFRendererCreate(outputBase, dataPath, textonly: false);
        if (renderer.IsInvalid)
        {
            throw new OcrEngineException(nameof(TessPDFRendererCreate), 0, $"cannot create the PDF renderer (is pdf.ttf in {dataPath}?)");
        }
        if (!TessResultRendererBeginDocument(renderer, title) || !TessResultRendererAddImage(renderer, _handle)
            || !TessResultRendererEndDocument(renderer))
        {
            throw new OcrEngineException(nameof(TessResultRendererAddImage), 0, $"cannot write {outputBase}.pdf");
        }
    }

    /// <summary>Forgets the image and the results; the model stays loaded.</summary>
    public void Clear()
    {
        TessBaseAPIClear(_handle);
        CurrentState = State.Initialized;
    }

    public void Dispose() => _handle.Dispose();

    private void EnsureState(State expected)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        if (CurrentState != expected)
        {
            throw new InvalidOperationException($"The engine is {CurrentState}; this call needs {expected}.");
        }
    }
}
