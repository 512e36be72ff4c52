namespace Digitize.Signing.Stamp;

/// <summary>Where the stamp goes on page 1, in PDF user space (points, origin bottom left).</summary>
/// <param name="Left">The stamp box's left edge.</param>
/// <param name="Bottom">The stamp box's bottom edge.</param>
/// <param name="StripHeight">
/// When positive, no free area was found and the page grows by this many points at the top: the stamp sits in that
/// added margin strip and covers nothing.
/// </param>
public sealed record StampPlacement(double Left, double Bottom, double Width, double Height, double StripHeight)
{
    public double Right => Left + Width;

    public double Top => Bottom + Height;

    /// <summary>
    /// The top-most, then right-most free area of the page's top-right region (right half, top third) that holds the
    /// stamp with a margin around it; else a strip added above the page.
    /// </summary>
    internal static StampPlacement Find(PageRaster raster, (double Left, double Bottom, double Right, double Top) page,
        double width, double height)
    {
        const double EdgeMargin = 14;   // points kept clear of the paper's edge, where printers clip
        const double Clearance = 4;     // points kept clear of the page's own ink around the stamp
        var ink = new InkCounts(raster);
        double scale = PageRaster.Scale;
        int boxWidth = (int)Math.Ceiling((width + 2 * Clearance) / scale);
        int boxHeight = (int)Math.Ceiling((height + 2 * Clearance) / scale);
        int edge = (int)Math.Ceiling(EdgeMargin / scale) - (int)(Clearance / scale);
        int lowestTop = raster.Height / 3 - boxHeight;
        for (int y = edge; y <= lowestTop; y++)
        {
            for (int x = raster.Width - edge - boxWidth; x >= raster.Width / 2; x--)
            {
                if (ink.IsFree(x, y, boxWidth, boxHeight))
                {
                    double left = page.Left + x * scale + Clearance;
                    double top = page.Top - y * scale - Clearance;
                    return new StampPlacement(left, top - height, width, height, 0);
                }
            }
        }
        double strip = height + 2 * EdgeMargin;
        return new StampPlacement(page.Right - EdgeMargin - width, page.Top + EdgeMargin, width, height, strip);
    }

    /// <summary>Dark-pixel counts summed over the page (an integral image), so any rectangle is counted in O(1).</summary>
    private sealed class InkCounts
    {
        // A pixel darker than this is ink; scan noise (a few isolated specks) is tolerated.
        private const int InkLevel = 160;
        private const int TolerableSpecks = 2;
        private readonly int[,] _sums;

        public InkCounts(PageRaster raster)
        {
            _sums = new int[raster.Width + 1, raster.Height + 1];
            for (int y = 0; y < raster.Height; y++)
            {
                for (int x = 0; x < raster.Width; x++)
                {
                    int dark = raster[x, y] < InkLevel ? 1 : 0;
                    _sums[x + 1, y + 1] = dark + _sums[x, y + 1] + _sums[x + 1, y] - _sums[x, y];
                }
            }
        }

        public bool IsFree(int x, int y, int width, int height)
        {
            int right = x + width, bottom = y + height;
            if (x < 0 || y < 0 || right >= _sums.GetLength(0) || bottom >= _sums.GetLength(1))
            {
                return false;
            }
            return _sums[right, bottom] - _sums[x, bottom] - _sums[right, y] + _sums[x, y] <= TolerableSpecks;
        }
    }
}
