using System.Runtime.InteropServices;
using Digitize.Core.Errors;
using Microsoft.Win32.SafeHandles;

namespace Digitize.Core.Intake;

/// <summary>
/// Reads only regular files. A named pipe, a device or a socket among the scans would block a reader for ever
/// (<c>/dev/zero</c> never ends, a FIFO without a writer never starts), so the kind is checked before opening, and the
/// file is opened non-blocking and checked again on the open descriptor: an entry swapped in between cannot block either.
/// </summary>
/// <threadsafety>Stateless; safe from many threads.</threadsafety>
public static class RegularFile
{
    /// <summary>The kind of <paramref name="path"/>, without following a symbolic link; Missing when it cannot be seen.</summary>
    public static unsafe FileKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte* buffer = stackalloc byte[Interop.Libc.StatxSize];
        return Interop.Libc.Statx(Interop.Libc.AtFdCwd, path, Interop.Libc.AtSymlinkNoFollow, Interop.Libc.StatxType, buffer) == 0
            ? FromMode(*(ushort*)(buffer + Interop.Libc.StatxModeOffset))
            : FileKind.Missing;
    }

    /// <summary>Opens a regular file for reading; anything else is refused without blocking.</summary>
    /// <exception cref="NotARegularFileException">The path is a pipe, device, socket, folder or link.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied.</exception>
    /// <exception cref="IOException">The file cannot be opened (missing, a name that is not valid UTF-8…).</exception>
    public static FileStream OpenRead(string path)
    {
        var kind = KindOf(path);
        if (kind is not FileKind.Regular and not FileKind.Missing)
        {
            throw new NotARegularFileException(path, kind);
        }
        int fd = Interop.Libc.Open(path, Interop.Libc.ORdOnly | Interop.Libc.ONonBlock | Interop.Libc.OCloExec);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            string reason = Marshal.GetPInvokeErrorMessage(errno);
            throw errno is 13 or 1 // EACCES, EPERM
                ? new UnauthorizedAccessException($"{path}: {reason}")
                : new IOException(path.Contains('\uFFFD') ? "its name is not valid UTF-8, so it cannot be opened; rename it" : reason);
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        var opened = KindOf(handle);
        if (opened != FileKind.Regular)
        {
            handle.Dispose();
            throw new NotARegularFileException(path, opened);
        }
        return new FileStream(handle, FileAccess.Read, bufferSize: 1 << 16);
    }

    private static unsafe FileKind KindOf(SafeFileHandle handle)
    {
        byte* buffer = stackalloc byte[Interop.Libc.StatxSize];
        return Interop.Libc.Statx((int)handle.DangerousGetHandle(), "", Interop.Libc.AtEmptyPath, Interop.Libc.StatxType, buffer) == 0
            ? FromMode(*(ushort*)(buffer + Interop.Libc.StatxModeOffset))
            : FileKind.Missing;
    }

    // S_IFMT bits of st_mode, the same on every Linux.
    private static FileKind FromMode(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.NamedPipe,
        0xC000 => FileKind.Socket,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        _ => FileKind.Missing,
    };
}

/// <summary>An entry among the scans that is not a regular file: it is reported and skipped, never read.</summary>
public sealed class NotARegularFileException(string file, FileKind kind)
    : InputFileException(file, $"not a regular file but {kind.Describe()}; only scan files are read")
{
    public FileKind Kind => kind;
}
