namespace Digitize.Core.Extraction;

/// <summary>
/// The signer block at the bottom right of the last page: position lines in capitals (with TM./KT./Q./TL./TUQ.),
/// then, below the signature, the full name. Read upwards from the end of the document, so a block that
/// starts on one page and ends on the next is read whole.
/// </summary>
internal sealed class SignerBlock
{
    private const int SearchDepth = 30;

    private static readonly string[] PositionWords =
        ["chu tich", "giam doc", "bi thu", "truong", "chanh", "tong", "uy vien", "thu ky", "nguoi lam don", "dai dien", "can bo"];

    private SignerBlock(IReadOnlyList<LineSegment> positions, LineSegment? name)
    {
        Positions = positions;
        Name = name;
    }

    /// <summary>The position lines, top to bottom (empty when none was found).</summary>
    public IReadOnlyList<LineSegment> Positions { get; }

    /// <summary>The line carrying the full name, or null.</summary>
    public LineSegment? Name { get; }

    public string PositionText => string.Join(' ', Positions.Select(p => p.Text));

    /// <summary>True when the position lines name a function (CHỦ TỊCH, GIÁM ĐỐC…), not scanner noise in capitals.</summary>
    public bool HasPosition => Positions.Count > 0 && PositionWords.Any(w => TextFold.Fold(PositionText).Contains(w, StringComparison.Ordinal));

    public static SignerBlock Read(IReadOnlyList<LayoutLine> lines)
    {
        var positions = new List<LineSegment>();
        LineSegment? name = null;
        int stop = Math.Max(0, lines.Count - SearchDepth);
        int i = lines.Count - 1;

        // Below the position lines: the name, under the signature and seal (whose OCR is noise).
        for (; i >= stop; i--)
        {
            var line = lines[i];
            var right = line.Right;
            if (right.IsEmpty || IsPageNumber(right))
            {
                if (line.IsFullWidth)
                {
                    return new SignerBlock([], null);
                }
                continue;
            }
            if (PersonName.LooksLikeName(right.Text))
            {
                name = right;
                i--;
                break;
            }
            if (right.IsUpperCase)
            {
                break; // positions without a readable name
            }
        }

        for (; i >= stop; i--)
        {
            var line = lines[i];
            var right = line.Right;
            bool receiversLine = TextFold.Fold(line.Left.Text).Contains("noi nhan", StringComparison.Ordinal);
            if (right.IsEmpty || IsPageNumber(right))
            {
                if (line.IsFullWidth || receiversLine)
                {
                    break;
                }
                continue;
            }
            if (!right.IsUpperCase)
            {
                break;
            }
            positions.Insert(0, right);
            if (receiversLine || positions.Count >= 6)
            {
                break;
            }
        }
        return new SignerBlock(positions, name);
    }

    private static bool IsPageNumber(LineSegment segment) => segment.Text.All(char.IsAsciiDigit);
}
