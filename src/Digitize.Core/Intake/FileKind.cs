namespace Digitize.Core.Intake;

/// <summary>What a directory entry is, as the file system says (symbolic links not followed).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    Socket,
    CharacterDevice,
    BlockDevice,
}

/// <summary>How intake names the kinds of entry it does not read.</summary>
public static class FileKindNames
{
    public static string Describe(this FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "missing",
    };
}
