using System.Text;
using System.Text.RegularExpressions;
using Digitize.Core.Text;

namespace Digitize.Core.Extraction;

/// <summary>
/// One tone-mark placement for extracted values: the traditional style the samples' ground truth and
/// most administrative texts use ("hòa", "Ủy", "thủy"), not the newer "hoà", "Uỷ", "thuỷ".
/// </summary>
public static partial class ToneStyle
{
    /// <summary>NFC text with the tone of open "oa", "oe", "uy" syllables moved onto the first vowel.</summary>
    public static string Traditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string nfc = VietnameseText.Nfc(text);
        // "quý", "quả": after q the u is part of the consonant, so the tone stays where it is (the regex skips them).
        return OpenSyllable().Replace(nfc, m =>
        {
            string toned = m.Groups[2].Value.Normalize(NormalizationForm.FormD);
            string bare = toned[..1];
            string marks = toned[1..];
            return (m.Groups[1].Value + marks).Normalize(NormalizationForm.FormC) + bare;
        });
    }

    [GeneratedRegex(@"(?<![qQ])([oO](?=[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])|[uU](?=[ỳýỷỹỵỲÝỶỸỴ]))([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\p{L})")]
    private static partial Regex OpenSyllable();
}
