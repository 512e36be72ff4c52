namespace Digitize.Ocr.Native;

/// <summary>Process-wide native settings that must be in place before the first call into the libraries.</summary>
internal static class NativeSetup
{
    private static readonly Lazy<bool> Done = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Applies the settings once; every wrapper calls this before its first native call.</summary>
    public static void EnsureApplied() => _ = Done.Value;

    private static bool Apply()
    {
        // One OpenMP thread per engine: we run one engine per core ourselves, and libgomp reads this
        // variable from the native environment when libtesseract (which links it) is loaded.
        if (Interop.Libc.getenv("OMP_THREAD_LIMIT") == 0)
        {
            Interop.Libc.setenv("OMP_THREAD_LIMIT", "1", overwrite: 0);
        }
        // Leptonica prints its own warnings to stderr; our wrappers report failures as exceptions instead.
        Interop.Leptonica.setMsgSeverity(Interop.Leptonica.SeverityNone);
        return true;
    }
}
