using System.Globalization;
using System.Text;

namespace Digitize.Signing.Pdf;

/// <summary>Writes PDF values: numbers in the invariant culture, text strings in UTF-16BE, dates in the PDF form.</summary>
internal static class PdfSyntax
{
    /// <summary>A number as PDF writes it: no exponent, at most 4 decimals.</summary>
    public static string Number(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    public static string Reference(int objectNumber) => $"{objectNumber} 0 R";

    /// <summary>A text string as a hex string: UTF-16BE with its byte-order mark, so Vietnamese letters survive.</summary>
    public static string Text(string value)
    {
        var bytes = new List<byte> { 0xFE, 0xFF };
        bytes.AddRange(Encoding.BigEndianUnicode.GetBytes(value.Normalize(NormalizationForm.FormC)));
        return "<" + Convert.ToHexString(bytes.ToArray()) + ">";
    }

    /// <summary>A date as <c>D:YYYYMMDDHHmmSS+HH'mm'</c> in the value's own offset.</summary>
    public static string Date(DateTimeOffset value)
    {
        var offset = value.Offset;
        string sign = offset < TimeSpan.Zero ? "-" : "+";
        return "(D:" + value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + sign +
            Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture) + "'" +
            Math.Abs(offset.Minutes).ToString("00", CultureInfo.InvariantCulture) + "')";
    }

    /// <summary>An array of numbers: <c>[a b c d]</c>.</summary>
    public static string Array(params double[] values) => "[" + string.Join(' ', values.Select(Number)) + "]";

    /// <summary>Latin-1 bytes: PDF syntax outside strings and streams is 8-bit.</summary>
    public static byte[] Bytes(string syntax) => Encoding.Latin1.GetBytes(syntax);
}
