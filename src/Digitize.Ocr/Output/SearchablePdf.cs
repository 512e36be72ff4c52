using Digitize.Core.Tools;


namespace Digitize.Ocr.Output;

/// <summary>Assembles one document's searchable PDF from its pages' one-page PDFs (poppler's pdfunite).</summary>
public static class SearchablePdf
{
    /// <summary>Joins <paramref name="pagePdfs"/> in order into <paramref name="outputPath"/> (written whole or not at all).</summary>
    public static async Task MergeAsync(IReadOnlyList<string> pagePdfs, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pagePdfs.Count, nameof(pagePdfs));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        // A name of its own: a retried document stage may run next to the one it replaces.
        string partial = $"{outputPath}.{Guid.NewGuid():N}.part";
        if (pagePdfs.Count == 1)
        {
            File.Copy(pagePdfs[0], partial, overwrite: true);
        }
        else
        {
            var result = await ExternalTool.RunAsync("pdfunite", [.. pagePdfs, partial], cancellationToken).ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                throw new IOException($"{outputPath}: pdfunite could not join the pages: {result.StandardError}");
            }
        }
        File.Move(partial, outputPath, overwrite: true);
    }
}
