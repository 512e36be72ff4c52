namespace Digitize.Ocr.Native;

/// <summary>Names of the native libraries this project binds (Debian 12 packages libtesseract5, liblept5).</summary>
internal static partial class Interop
{
    internal static class Libraries
    {
        internal const string Tesseract = "libtesseract.so.5";
        internal const string Leptonica = "liblept.so.5";
        internal const string Libc = "libc";
    }
}
