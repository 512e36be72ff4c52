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
    internal static StampPlacement Find(InkMap ink, (double Left, double Bottom, double Right, double Top) page,
        double width, double height)
    {
        const double EdgeMargin = 14;   // points kept clear of the paper's edge, where printers clip
        const double Clearance = 4;     // points kept clear of the page's own ink around the stamp
        const int TolerableSpecks = 2;  // scan noise in a rendering: a few isolated dark cells
        double scale = ink.PointsPerCell;
        int boxWidth = (int)Math.Ceiling((width + 2 * Clearance) / scale);
        int boxHeight = (int)Math.Ceiling((height + 2 * Clearance) / scale);
        int highestTop = (int)Math.Ceiling((EdgeMargin - Clearance) / scale);
        int rightmostLeft = (int)Math.Floor((page.Right - page.Left - EdgeMargin + Clearance) / scale) - boxWidth;
        int lowestTop = ink.Height / 3 - boxHeight;
        for (int y = highestTop; y <= lowestTop; y++)
        {
            for (int x = rightmostLeft; x >= ink.Width / 2; x--)
            {
                if (ink.Count(x, y, boxWidth, boxHeight) <= TolerableSpecks)
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
}
