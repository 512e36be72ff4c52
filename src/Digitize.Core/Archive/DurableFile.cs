namespace Digitize.Core.Archive;

/// <summary>Writes a file so that a crash or a power cut leaves either the old file or the whole new one.</summary>
public static class DurableFile
{
    /// <summary>
    /// Writes to a temporary file of its own beside <paramref name="path"/> (two writers never share one), flushes it
    /// to the disk, then renames it over <paramref name="path"/>.
    /// </summary>
    public static async Task WriteAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        string staged = $"{path}.{Guid.NewGuid():N}.part";
        try
        {
            await using (var stream = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16,
                FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(staged, path, overwrite: true);
        }
        finally
        {
            File.Delete(staged);
        }
    }
}
