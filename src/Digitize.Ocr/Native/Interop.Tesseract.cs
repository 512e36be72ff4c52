using System.Runtime.InteropServices;

namespace Digitize.Ocr.Native;

// Tesseract's enums (tesseract/publictypes.h) sit outside Interop: the engine chooses modes through the wrappers.

/// <summary>TessOcrEngineMode.</summary>
internal enum OcrEngineMode { TesseractOnly = 0, LstmOnly = 1, Combined = 2, Default = 3 }

/// <summary>TessPageSegMode (the values this project uses).</summary>
internal enum PageSegMode { OsdOnly = 0, AutoOsd = 1, AutoOnly = 2, Auto = 3, SingleColumn = 4, SingleBlock = 6 }

/// <summary>TessPageIteratorLevel.</summary>
internal enum PageIteratorLevel { Block = 0, Para = 1, TextLine = 2, Word = 3, Symbol = 4 }

internal static partial class Interop
{
    /// <summary>Tesseract C API (tesseract/capi.h, libtesseract.so.5) declarations, named exactly like the C exports.</summary>
    internal static partial class Tesseract
    {
        [LibraryImport(Libraries.Tesseract)]
        internal static partial nint TessVersion();

        [LibraryImport(Libraries.Tesseract)]
        internal static partial void TessDeleteText(nint text);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial SafeTessBaseApiHandle TessBaseAPICreate();

        [LibraryImport(Libraries.Tesseract)]
        internal static partial void TessBaseAPIDelete(nint handle);

        [LibraryImport(Libraries.Tesseract, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int TessBaseAPIInit2(SafeTessBaseApiHandle handle, string datapath, string language, OcrEngineMode oem);

        [LibraryImport(Libraries.Tesseract, StringMarshalling = StringMarshalling.Utf8)]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool TessBaseAPISetVariable(SafeTessBaseApiHandle handle, string name, string value);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial void TessBaseAPISetPageSegMode(SafeTessBaseApiHandle handle, PageSegMode mode);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial void TessBaseAPISetImage2(SafeTessBaseApiHandle handle, SafePixHandle pix);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial void TessBaseAPISetRectangle(SafeTessBaseApiHandle handle, int left, int top, int width, int height);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial void TessBaseAPISetSourceResolution(SafeTessBaseApiHandle handle, int ppi);

        [LibraryImport(Libraries.Tesseract, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial void TessBaseAPISetInputName(SafeTessBaseApiHandle handle, string name);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial int TessBaseAPIRecognize(SafeTessBaseApiHandle handle, nint monitor);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial int TessBaseAPIMeanTextConf(SafeTessBaseApiHandle handle);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial void TessBaseAPIClear(SafeTessBaseApiHandle handle);

        [LibraryImport(Libraries.Tesseract)]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool TessBaseAPIDetectOrientationScript(SafeTessBaseApiHandle handle, out int orientDeg,
            out float orientConf, out nint scriptName, out float scriptConf);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial SafeTessResultIteratorHandle TessBaseAPIGetIterator(SafeTessBaseApiHandle handle);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial void TessResultIteratorDelete(nint handle);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial nint TessResultIteratorGetPageIterator(SafeTessResultIteratorHandle handle);

        [LibraryImport(Libraries.Tesseract)]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool TessResultIteratorNext(SafeTessResultIteratorHandle handle, PageIteratorLevel level);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial nint TessResultIteratorGetUTF8Text(SafeTessResultIteratorHandle handle, PageIteratorLevel level);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial float TessResultIteratorConfidence(SafeTessResultIteratorHandle handle, PageIteratorLevel level);

        // The page iterator belongs to its result iterator: it is borrowed, never freed on its own.
        [LibraryImport(Libraries.Tesseract)]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool TessPageIteratorBoundingBox(nint pageIterator, PageIteratorLevel level,
            out int left, out int top, out int right, out int bottom);

        [LibraryImport(Libraries.Tesseract)]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool TessPageIteratorIsAtBeginningOf(nint pageIterator, PageIteratorLevel level);

        // TessOrientation: 0 page up, 1 right, 2 down, 3 left (of the current block's text).
        [LibraryImport(Libraries.Tesseract)]
        internal static partial void TessPageIteratorOrientation(nint pageIterator, out int orientation, out int writingDirection,
            out int textlineOrder, out float deskewAngle);

        [LibraryImport(Libraries.Tesseract, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial SafeTessResultRendererHandle TessPDFRendererCreate(string outputbase, string datadir,
            [MarshalAs(UnmanagedType.Bool)] bool textonly);

        [LibraryImport(Libraries.Tesseract)]
        internal static partial void TessDeleteResultRenderer(nint renderer);

        [LibraryImport(Libraries.Tesseract, StringMarshalling = StringMarshalling.Utf8)]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool TessResultRendererBeginDocument(SafeTessResultRendererHandle renderer, string title);

        [LibraryImport(Libraries.Tesseract)]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool TessResultRendererAddImage(SafeTessResultRendererHandle renderer, SafeTessBaseApiHandle api);

        [LibraryImport(Libraries.Tesseract)]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool TessResultRendererEndDocument(SafeTessResultRendererHandle renderer);
    }
}
