namespace Digitize.Core.Extraction;

/// <summary>
/// A printed line of a document page, cut into its left-column and right-column parts
/// (either may be empty), with the page geometry needed to tell top from bottom and left from right.
/// </summary>
internal sealed class LayoutLine
{
    public LayoutLine(int pageIndex, int pageWidth, int pageHeight, LineSegment full, LineSegment left, LineSegment right)
    {
        PageIndex = pageIndex;
        PageWidth = pageWidth;
        PageHeight = pageHeight;
        Full = full ?? throw new ArgumentNullException(nameof(full));
        Left = left ?? throw new ArgumentNullException(nameof(left));
        Right = right ?? throw new ArgumentNullException(nameof(right));
    }

    /// <summary>Index of the page inside the document (0 = first page).</summary>
    public int PageIndex { get; }

    public int PageWidth { get; }

    public int PageHeight { get; }

    /// <summary>The whole line, both columns.</summary>
    public LineSegment Full { get; }

    /// <summary>The part in the left column; the whole line when it starts at the left.</summary>
    public LineSegment Left { get; }

    /// <summary>The part in the right column; the whole line when it stands in the right half only.</summary>
    public LineSegment Right { get; }

    public string Text => Full.Text;

    /// <summary>Top of the line as a fraction of the page height (0 = top edge).</summary>
    public double RelativeTop => PageHeight <= 0 ? 0 : (double)Full.Box.Top / PageHeight;

    /// <summary>True when the line is one column wide and spans past the middle of the page, like body text.</summary>
    public bool IsFullWidth => Right.IsEmpty && Left.Box.Left < PageWidth * 0.3 && Left.Box.Right > PageWidth * 0.7;

    /// <summary>True when the line stands centred on the page, away from both margins (titles, subjects).</summary>
    public bool IsCentred
    {
        get
        {
            if (PageWidth <= 0 || Full.IsEmpty)
            {
                return false;
            }
            double centre = (Full.Box.Left + Full.Box.Right) / 2.0;
            return Math.Abs(centre - PageWidth / 2.0) < PageWidth * 0.08
                && Full.Box.Left > PageWidth * 0.17
                && Full.Box.Right < PageWidth * 0.83;
        }
    }

    public override string ToString() => Right.IsEmpty || Left.IsEmpty ? Text : $"{Left.Text} ‖ {Right.Text}";
}
