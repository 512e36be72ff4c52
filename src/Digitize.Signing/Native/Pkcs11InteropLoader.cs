using System.Reflection;
using System.Runtime.InteropServices;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Digitize.Signing.Native;

/// <summary>
/// The one native-loading concern of the signing module (token modules themselves are loaded by Pkcs11Interop):
/// Pkcs11Interop imports dlopen from "libdl", which glibc 2.34+ systems (Debian 12+, Ubuntu 22.04+) only ship as
/// libdl.so.2 (libdl.so comes with libc6-dev). Map it, as Pkcs11Interop's author advises (issue #239).
/// </summary>
internal static class Pkcs11InteropLoader
{
    private static readonly Lazy<bool> Mapped = new(() =>
    {
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(IPkcs11Library).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            // A resolver is already set for Pkcs11Interop in this process: it maps libdl.
        }
        return true;
    });

    /// <summary>Sets the resolver once per process; call before the first Pkcs11Interop call.</summary>
    public static void MapLibdl() => _ = Mapped.Value;

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != "libdl" || !OperatingSystem.IsLinux())
        {
            return IntPtr.Zero;
        }
        // libc.so.6 holds dlopen itself since glibc 2.34.
        foreach (string candidate in (string[])["libdl.so.2", "libc.so.6"])
        {
            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                return handle;
            }
        }
        return IntPtr.Zero;
    }
}
