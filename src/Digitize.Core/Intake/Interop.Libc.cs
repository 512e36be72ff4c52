using System.Runtime.InteropServices;

namespace Digitize.Core.Intake;

/// <summary>The two C library calls intake needs to read only regular files; nothing else calls them.</summary>
internal static partial class Interop
{
    internal static partial class Libc
    {
        internal const int AtFdCwd = -100;
        internal const int AtSymlinkNoFollow = 0x100;
        internal const int AtEmptyPath = 0x1000;
        internal const uint StatxType = 0x1;
        internal const int ORdOnly = 0;
        internal const int ONonBlock = 0x800;
        internal const int OCloExec = 0x80000;

        /// <summary>struct statx is the same on every Linux architecture (unlike struct stat): stx_mode is a u16 at 28.</summary>
        internal const int StatxSize = 256;
        internal const int StatxModeOffset = 28;

        [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static unsafe partial int Statx(int dirfd, string path, int flags, uint mask, byte* buffer);

        [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "close")]
        internal static partial int Close(int fd);
    }
}
