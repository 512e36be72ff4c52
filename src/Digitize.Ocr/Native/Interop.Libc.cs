using System.Runtime.InteropServices;

namespace Digitize.Ocr.Native;

internal static partial class Interop
{
    internal static partial class Libc
    {
        // Environment.SetEnvironmentVariable does not change the native environment on Linux;
        // libgomp reads OMP_THREAD_LIMIT from it when libtesseract loads.
        [LibraryImport(Libraries.Libc, StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static partial int setenv(string name, string value, int overwrite);

        [LibraryImport(Libraries.Libc, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint getenv(string name);
    }
}
