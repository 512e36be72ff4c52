using System.Text;

namespace Digitize.Core.Text;

/// <summary>Vietnamese text rules shared by every module: NFC everywhere, whitespace folded for comparison.</summary>
public static class VietnameseText
{
    /// <summary>Returns <paramref name="text"/> in Unicode normalisation form C (precomposed letters).</summary>
    public static string Nfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>NFC, every run of whitespace (line breaks included) replaced by one space, trimmed.</summary>
    public static string FoldWhitespace(string text)
    {
        string nfc = Nfc(text);
        var builder = new StringBuilder(nfc.Length);
        bool pendingSpace = false;
        foreach (char c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Throws when Unicode normalisation does not work, which happens when .NET runs without ICU
    /// (InvariantGlobalization): Normalize then silently returns its input and NFD text never matches NFC.
    /// </summary>
    public static void EnsureNormalizationWorks()
    {
        const string decomposed = "e\u0302\u0301"; // ế as e + circumflex + acute
        if (decomposed.Normalize(NormalizationForm.FormC) != "\u1EBF")
        {
            throw new InvalidOperationException(
                "Unicode normalisation is unavailable: install ICU (Debian package libicu72) and do not set InvariantGlobalization.");
        }
    }
}
