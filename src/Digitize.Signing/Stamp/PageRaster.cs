using System.Text;
using Digitize.Core.Tools;
using Digitize.Signing.Pdf;

namespace Digitize.Signing.Stamp;

/// <summary>
/// Page 1 rendered small and grey by poppler's pdftoppm, to see where the page has ink. Low resolution is enough
/// to find a free area the size of three lines of 10-pt text, and keeps the render to a few tens of milliseconds.
/// </summary>
internal sealed class PageRaster
{
    public const int Resolution = 36;

    private readonly byte[] _pixels;

    private PageRaster(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Points per pixel.</summary>
    public static double Scale => 72.0 / Resolution;

    public byte this[int x, int y] => _pixels[y * Width + x];

    public static async Task<PageRaster> RenderFirstPageAsync(string pdf, string workFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workFolder);
        string prefix = Path.Combine(workFolder, "stamp-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await ExternalTool.RunAsync("pdftoppm",
                ["-r", Resolution.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-f", "1", "-l", "1",
                 "-singlefile", pdf, prefix], cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new InvalidPdfException($"{Path.GetFileName(pdf)}: pdftoppm could not render page 1: {result.StandardError}");
            }
            return ReadPgm(await File.ReadAllBytesAsync(prefix + ".pgm", cancellationToken));
        }
        finally
        {
            File.Delete(prefix + ".pgm");
        }
    }

    /// <summary>Reads a binary PGM (P5, 8 bits), pdftoppm's grey output.</summary>
    internal static PageRaster ReadPgm(byte[] file)
    {
        int at = 0;
        string Next()
        {
            while (char.IsWhiteSpace((char)file[at])) at++;
            int start = at;
            while (!char.IsWhiteSpace((char)file[at])) at++;
            return Encoding.ASCII.GetString(file, start, at - start);
        }
        if (Next() != "P5")
        {
            throw new InvalidDataException("not a binary PGM");
        }
        int width = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
        int height = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
        if (Next() != "255")
        {
            throw new InvalidDataException("not an 8-bit PGM");
        }
        at++;   // the single whitespace byte before the pixels
        return new PageRaster(width, height, file.AsSpan(at, width * height).ToArray());
    }
}
