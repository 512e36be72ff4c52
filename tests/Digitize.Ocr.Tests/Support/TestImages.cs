using System.Text;
using Digitize.Ocr.Imaging;

namespace Digitize.Ocr.Tests.Support;

/// <summary>Small constructed page images, written as PNM (which Leptonica reads) and decoded like a scan.</summary>
internal static class TestImages
{
    /// <summary>A colour image whose pixel (x, y) is <paramref name="colour"/>(x, y); 300 dpi.</summary>
    public static PageImage Colour(TempFolder work, int width, int height, Func<int, int, (byte R, byte G, byte B)> colour)
    {
        var data = new byte[width * height * 3];
        for (int y = 0, i = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                var (r, g, b) = colour(x, y);
                data[i++] = r;
                data[i++] = g;
                data[i++] = b;
            }
        }
        return Read(work, "P6", width, height, data);
    }

    /// <summary>An 8-bit grey image whose pixel (x, y) is <paramref name="grey"/>(x, y); 300 dpi.</summary>
    public static PageImage Grey(TempFolder work, int width, int height, Func<int, int, byte> grey)
    {
        var data = new byte[width * height];
        for (int y = 0, i = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                data[i++] = grey(x, y);
            }
        }
        return Read(work, "P5", width, height, data);
    }

    /// <summary>Pixels set (darker than <paramref name="threshold"/>) in an 8-bit image.</summary>
    public static int CountDarkerThan(PageImage grey, int threshold)
    {
        using var binary = grey.Pix.ThresholdToBinary(threshold);
        return binary.CountSetPixels();
    }

    private static PageImage Read(TempFolder work, string magic, int width, int height, byte[] data)
    {
        string path = work.File(Guid.NewGuid().ToString("N") + ".pnm");
        using (var file = File.Create(path))
        {
            file.Write(Encoding.ASCII.GetBytes($"{magic}\n{width} {height}\n255\n"));
            file.Write(data);
        }
        var image = PageImage.Read(path, isTiff: false, 0) ?? throw new InvalidOperationException("the test image does not decode");
        image.SetDpi(300);
        return image;
    }
}
