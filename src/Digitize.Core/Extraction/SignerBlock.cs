namespace Digitize.Core.Extraction;

/// <summary>
/// The signer block at the bottom right of the last page: position lines in capitals (with TM./KT./Q./TL./TUQ.),
/// then, below the signature, the full name. Read upwards from the end of the document, so a block that
/// starts on one page and ends on the next is read whole.
/// </summary>
internal sealed class SignerBlock
{
    private const int SearchDepth = 30;

    // Lines of signature and seal noise that may stand between the name and the position lines.
    private const int MaxSignatureLines = 6;

    private static readonly string[] PositionWords =
        ["chu tich", "giam doc", "bi thu", "truong", "chanh", "tong", "uy vien", "thu ky", "nguoi lam don", "dai dien", "can bo"];

    // The words of those functions (CHỦ, TỊCH, PHÓ…), each on its own; with those of the authority lines above them
    // (TM. ỦY BAN NHÂN DÂN, KT.), the words of a position.
    private static readonly HashSet<string> FunctionTokens = [.. PositionWords.SelectMany(w => w.Split(' ')), "pho"];

    private static readonly HashSet<string> PositionTokens = [.. FunctionTokens, "tm", "kt", "tl", "tuq", "uy", "ban", "nhan", "dan"];

    /// <summary>True when <paramref name="text"/> names a signer's function (CHỦ TỊCH, GIÁM ĐỐC…), marks aside.</summary>
    public static bool NamesFunction(string text) =>
        PositionWords.Any(w => TextFold.Fold(text).Contains(w, StringComparison.Ordinal));

    /// <summary>True for one word of a signer's position in capitals ("CHỦ", "ĐỐC", "KT."), marks aside.</summary>
    public static bool IsPositionWord(string word) =>
        word.Count(char.IsLetter) >= 2 && word.Where(char.IsLetter).All(char.IsUpper)
        && PositionTokens.Contains(TextFold.Fold(word.TrimEnd('.', ',')));

    private SignerBlock(IReadOnlyList<LineSegment> positions, LineSegment? name, LineSegment? doubtfulName = null, LineSegment? unreadPosition = null)
    {
        Positions = positions;
        Name = name;
        DoubtfulName = name is null ? doubtfulName : null;
        UnreadPosition = positions.Count > 0 ? unreadPosition : null;
    }

    /// <summary>
    /// A line between the position lines and the name that was skipped as the seal's noise but has a position word read
    /// surely ("x BHÓGHỦ TỊCH" for PHÓ CHỦ TỊCH): the position lines read are not all of them.
    /// </summary>
    public LineSegment? UnreadPosition { get; }

    // A position word read at least this surely in a line skipped as noise says a position line was lost.
    private const double SurePositionWord = 0.9;

    /// <summary>The position lines, top to bottom (empty when none was found).</summary>
    public IReadOnlyList<LineSegment> Positions { get; }

    /// <summary>The line carrying the full name, or null.</summary>
    public LineSegment? Name { get; }

    /// <summary>When no name was read: a line shaped like a name but read too uncertainly to be one (under the seal).</summary>
    public LineSegment? DoubtfulName { get; }

    public string PositionText => string.Join(' ', Positions.Select(p => p.Text));

    /// <summary>
    /// True when the last position line only says on whose behalf the signer signs (TM., KT., TL., TUQ.): the signer's
    /// own position, printed below it ("PHÓ CHỦ TỊCH"), was not read, most often because the seal covers it.
    /// </summary>
    public bool IsCutShort => Positions.Count > 0 && AuthorityPrefixes.Any(p => TextFold.Fold(Positions[^1].Text).StartsWith(p, StringComparison.Ordinal));

    // Nghị định 30/2020 Phụ lục I: "thay mặt", "ký thay", "thừa lệnh", "thừa ủy quyền" stand above the signer's own position.
    private static readonly string[] AuthorityPrefixes = ["tm.", "t/m", "kt.", "kt ", "tl.", "tuq."];

    /// <summary>
    /// True when the position lines name a function (CHỦ TỊCH, GIÁM ĐỐC…), or are a letter off one ("GUÁM ĐỐC"), not
    /// scanner noise in capitals.
    /// </summary>
    public bool HasPosition => Positions.Count > 0
        && (NamesFunction(PositionText)
            || SignerPositions.Normalise(Positions.Select(p => p.Text).ToList(), out _) is not null);

    public static SignerBlock Read(IReadOnlyList<LayoutLine> lines)
    {
        var positions = new List<LineSegment>();
        LineSegment? name = null;
        LineSegment? doubtful = null;
        int stop = Math.Max(0, lines.Count - SearchDepth);
        int i = lines.Count - 1;

        // Below the position lines: the name, under the signature and seal (whose OCR is noise, skipped).
        for (; i >= stop; i--)
        {
            var line = lines[i];
            var right = line.Right;
            if (PersonName.LooksLikeName(right.Text.TrimEnd('.')) && right.MeanConfidence < FieldCollector.MinWordConfidence)
            {
                doubtful ??= right;
            }
            if (right.IsEmpty || IsPageNumber(right) || IsSealNoise(right))
            {
                if (line.IsFullWidth && !IsSealNoise(line.Full))
                {
                    return new SignerBlock([], null);
                }
                continue;
            }
            if ((PersonName.LooksLikeName(right.Text.TrimEnd('.')) ? right : TrailingName(right)) is { } found)
            {
                name = found;
                i--;
                break;
            }
            if (right.IsUpperCase)
            {
                break; // positions without a readable name
            }
        }

        int skipped = 0;
        LineSegment? unread = null;
        for (; i >= stop; i--)
        {
            var line = lines[i];
            var right = line.Right;
            bool receiversLine = TextFold.Fold(line.Left.Text).Contains("noi nhan", StringComparison.Ordinal);
            if (right.IsEmpty || IsPageNumber(right) || IsSealNoise(right))
            {
                if ((line.IsFullWidth && !IsSealNoise(line.Full)) || receiversLine)
                {
                    break;
                }
                if (positions.Count == 0 && HasSurePositionWord(right))
                {
                    unread ??= right;
                }
                continue;
            }
            if (!right.IsUpperCase)
            {
                // Between the name and the position lines stand the signature and the seal: what OCR made of them
                // is skipped, a few lines at most; above the position lines anything else ends the block.
                if (positions.Count == 0 && ++skipped <= MaxSignatureLines)
                {
                    if (HasSurePositionWord(right))
                    {
                        unread ??= right;
                    }
                    continue;
                }
                break;
            }
            positions.Insert(0, right);
            if (receiversLine || positions.Count >= 6)
            {
                break;
            }
        }
        return new SignerBlock(positions, name, doubtful, unread);
    }

    // A function's word (not ỦY BAN…, which the seal's ring prints too) read surely.
    private static bool HasSurePositionWord(LineSegment segment) =>
        segment.Words.Any(w => w.Confidence >= SurePositionWord && IsPositionWord(w.Text) && FunctionTokens.Contains(TextFold.Fold(w.Text.TrimEnd('.', ','))));

    /// <summary>
    /// The name at the end of a line whose first words are signature or seal noise ("c „ Bùi Hữu Quang"): from a family
    /// name of the list on, when the rest looks like a name; null otherwise.
    /// </summary>
    private static LineSegment? TrailingName(LineSegment line)
    {
        var words = line.Words;
        for (int k = 1; k < words.Count - 1; k++)
        {
            if (words[k - 1].Text.Count(char.IsLetter) >= 2)
            {
                return null; // a word before it: "rần Văn Quang" is a name whose first letter was lost, not noise and a name
            }
            var rest = words.Skip(k).ToList();
            if (PersonName.IsFamilyName(words[k].Text) && PersonName.LooksLikeName(string.Join(' ', rest.Select(w => w.Text)).TrimEnd('.')))
            {
                return new LineSegment(rest);
            }
        }
        return null;
    }

    /// <summary>
    /// What the seal, the signature and margin handwriting turn into under OCR: short lines of symbols and stray
    /// letters ("I`>'š_", "¡SG nà vẽ"), read with low confidence, whose words are mostly not Vietnamese syllables.
    /// A position line (TM. ỦY BAN NHÂN DÂN) or a name line is made of syllables; abbreviations end in a dot.
    /// </summary>
    internal static bool IsSealNoise(LineSegment segment)
    {
        if (segment.IsEmpty)
        {
            return false;
        }
        if (segment.MeanConfidence < FieldCollector.MinWordConfidence)
        {
            return true;
        }
        var words = segment.Words.Select(w => w.Text).Where(w => !LineSegment.IsJunk(w)).ToList();
        int syllables = words.Count(w => Syllable.IsValid(w.TrimEnd(',', '.', ':', ';')) && w.TrimEnd(',', '.', ':', ';').Length >= 2);
        int abbreviations = words.Count(w => w.Length >= 2 && w.EndsWith('.') && w[..^1].All(char.IsUpper));
        int symbols = segment.Text.Count(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && c is not '.' and not ',' and not '-' and not ':' and not '/' and not '(' and not ')');
        return syllables + abbreviations < Math.Max(1, (words.Count + 1) / 2) || symbols * 4 > segment.Text.Length;
    }

    private static bool IsPageNumber(LineSegment segment) => segment.Text.All(char.IsAsciiDigit);
}
