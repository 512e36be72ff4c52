namespace Digitize.Signing.Stamp;

/// <summary>
/// Where page 1 has ink, on a grid of cells of a few points, counted so that any rectangle's ink is known at once
/// (an integral image). Made from the page's text layer (the OCR words of a scan: no rendering, a few milliseconds),
/// or from a rendering of the page when it has no text layer.
/// </summary>
internal sealed class InkMap
{
    private readonly int[,] _sums;

    private InkMap(int width, int height, double pointsPerCell, Func<int, int, bool> isInk)
    {
        Width = width;
        Height = height;
        PointsPerCell = pointsPerCell;
        _sums = new int[width + 1, height + 1];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                _sums[x + 1, y + 1] = (isInk(x, y) ? 1 : 0) + _sums[x, y + 1] + _sums[x + 1, y] - _sums[x, y];
            }
        }
    }

    /// <summary>Cells across; cell 0 is at the page's left edge.</summary>
    public int Width { get; }

    /// <summary>Cells down; row 0 is at the page's top edge.</summary>
    public int Height { get; }

    public double PointsPerCell { get; }

    /// <summary>A grid over the page marking the cells that any of <paramref name="boxes"/> (user space) touches.</summary>
    public static InkMap FromBoxes(IEnumerable<(double Left, double Bottom, double Right, double Top)> boxes,
        (double Left, double Bottom, double Right, double Top) page, double pointsPerCell = 2)
    {
        int width = (int)Math.Ceiling((page.Right - page.Left) / pointsPerCell);
        int height = (int)Math.Ceiling((page.Top - page.Bottom) / pointsPerCell);
        var ink = new bool[width, height];
        foreach (var box in boxes)
        {
            int x0 = Math.Clamp((int)Math.Floor((box.Left - page.Left) / pointsPerCell), 0, width - 1);
            int x1 = Math.Clamp((int)Math.Ceiling((box.Right - page.Left) / pointsPerCell), 0, width - 1);
            int y0 = Math.Clamp((int)Math.Floor((page.Top - box.Top) / pointsPerCell), 0, height - 1);
            int y1 = Math.Clamp((int)Math.Ceiling((page.Top - box.Bottom) / pointsPerCell), 0, height - 1);
            for (int x = x0; x <= x1; x++)
            {
                for (int y = y0; y <= y1; y++)
                {
                    ink[x, y] = true;
                }
            }
        }
        return new InkMap(width, height, pointsPerCell, (x, y) => ink[x, y]);
    }

    /// <summary>A grid of the rendered page's pixels: a pixel darker than <paramref name="inkLevel"/> is ink.</summary>
    public static InkMap FromRaster(PageRaster raster, int inkLevel = 160) =>
        new(raster.Width, raster.Height, PageRaster.Scale, (x, y) => raster[x, y] < inkLevel);

    /// <summary>How many ink cells the rectangle of cells holds; a rectangle off the page counts as full.</summary>
    public int Count(int x, int y, int width, int height)
    {
        int right = x + width, bottom = y + height;
        if (x < 0 || y < 0 || right > Width || bottom > Height)
        {
            return int.MaxValue;
        }
        return _sums[right, bottom] - _sums[x, bottom] - _sums[right, y] + _sums[x, y];
    }
}
