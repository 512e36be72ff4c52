using System.Runtime.InteropServices;
using Digitize.Core.Pages;
using static Digitize.Ocr.Native.Interop.Tesseract;

namespace Digitize.Ocr.Native;

/// <summary>One word as Tesseract's result iterator reports it, before any cleaning.</summary>
/// <param name="Text">The UTF-8 text as Tesseract gives it ("" when it has none).</param>
/// <param name="Confidence">Tesseract's confidence, 0–100.</param>
/// <param name="Box">Where the word is on the recognised image; null when Tesseract has no box for it.</param>
/// <param name="Upright">False when Tesseract's layout analysis found the word's block of text turned (page on its side).</param>
internal readonly record struct IteratedWord(string Text, float Confidence, PixelBox? Box, bool BeginsBlock, bool BeginsLine, bool Upright);

/// <summary>Walks the words of the page a <see cref="TessBaseApi"/> last recognised, in reading order.</summary>
internal sealed class ResultIterator : IDisposable
{
    private readonly SafeTessResultIteratorHandle _handle;

    private ResultIterator(SafeTessResultIteratorHandle handle)
    {
        _handle = handle;
    }

    /// <summary>Takes ownership of <paramref name="handle"/>; null (the handle released) when it is invalid.</summary>
    internal static ResultIterator? Wrap(SafeTessResultIteratorHandle handle)
    {
        if (handle.IsInvalid)
        {
            handle.Dispose();
            return null;
        }
        return new ResultIterator(handle);
    }

    /// <summary>The words from the iterator's position to the end; enumerate once, before disposing the iterator.</summary>
    public IEnumerable<IteratedWord> Words()
    {
        // The page iterator is the result iterator seen as its base class: borrowed, never freed on its own,
        // valid as long as _handle is.
        nint page = TessResultIteratorGetPageIterator(_handle);
        do
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            string text = TakeText(TessResultIteratorGetUTF8Text(_handle, PageIteratorLevel.Word));
            float confidence = TessResultIteratorConfidence(_handle, PageIteratorLevel.Word);
            PixelBox? box = TessPageIteratorBoundingBox(page, PageIteratorLevel.Word, out int l, out int t, out int r, out int b)
                ? new PixelBox(l, t, r, b)
                : null;
            TessPageIteratorOrientation(page, out int orientation, out _, out _, out _);
            yield return new IteratedWord(text, confidence, box,
                TessPageIteratorIsAtBeginningOf(page, PageIteratorLevel.Block),
                TessPageIteratorIsAtBeginningOf(page, PageIteratorLevel.TextLine),
                Upright: orientation == 0);
        }
        while (TessResultIteratorNext(_handle, PageIteratorLevel.Word));
    }

    public void Dispose() => _handle.Dispose();

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
}
