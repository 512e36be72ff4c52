using System.Text;
using System.Text.RegularExpressions;

namespace Digitize.Web.Uploads;

/// <summary>
/// File names from the outside world. A browser's file name is only a hint: it is cut to its last segment and cleaned.
/// A zip entry's path decides where a file lands, so a doubtful one is refused instead of repaired.
/// </summary>
public static partial class UploadNames
{
    private const int MaxNameBytes = 200;   // well under the 255 bytes of common file systems, room for a "-2"

    private static readonly char[] Forbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>
    /// A safe file name made from a browser's: last segment, NFC, no control or reserved characters, no leading dot
    /// (intake skips hidden files), not empty. <paramref name="fallback"/> when nothing usable is left.
    /// </summary>
    public static string Sanitize(string? name, string fallback)
    {
        string last = (name ?? "").Replace('\\', '/').Split('/')[^1].Normalize(NormalizationForm.FormC);
        var clean = new StringBuilder(last.Length);
        foreach (char c in last)
        {
            clean.Append(char.IsControl(c) || Forbidden.Contains(c) ? '_' : c);
        }
        string result = clean.ToString().Trim().TrimEnd('.').TrimStart('.');
        result = Truncate(result);
        return result.Length == 0 ? fallback : result;
    }

    /// <summary>
    /// The segments of a zip entry's path, or why it is refused: <c>..</c>, an absolute path or drive letter, an empty
    /// or dot segment, control or reserved characters, a name too long. Backslashes count as separators (zips made on
    /// Windows), so <c>..\x</c> is refused like <c>../x</c>.
    /// </summary>
    public static bool TrySplitEntry(string fullName, out string[] segments, out string reason)
    {
        segments = [];
        string path = fullName.Replace('\\', '/');
        if (path.StartsWith('/'))
        {
            reason = "đường dẫn tuyệt đối không được phép trong tệp zip";
            return false;
        }
        if (DriveLetter().IsMatch(path))
        {
            reason = "đường dẫn có ký tự ổ đĩa không được phép trong tệp zip";
            return false;
        }
        var parts = path.TrimEnd('/').Split('/');
        foreach (string part in parts)
        {
            if (part == "..")
            {
                reason = "đường dẫn chứa “..” (trỏ ra ngoài thư mục tải lên) không được phép";
                return false;
            }
            if (part.Length == 0 || part == "." || part.Any(c => char.IsControl(c) || Forbidden.Contains(c))
                || part != part.Trim() || part.EndsWith('.'))
            {
                reason = "tên tệp hoặc thư mục không hợp lệ";
                return false;
            }
            if (Encoding.UTF8.GetByteCount(part) > MaxNameBytes)
            {
                reason = "tên tệp hoặc thư mục quá dài";
                return false;
            }
        }
        segments = parts.Select(p => p.Normalize(NormalizationForm.FormC)).ToArray();
        reason = "";
        return true;
    }

    /// <summary><paramref name="name"/>, or name-2.ext, name-3.ext… if that one is taken in <paramref name="folder"/>.</summary>
    public static string Unique(string folder, string name)
    {
        string candidate = name;
        for (int n = 2; File.Exists(Path.Combine(folder, candidate)) || Directory.Exists(Path.Combine(folder, candidate)); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}";
        }
        return candidate;
    }

    private static string Truncate(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxNameBytes)
        {
            return name;
        }
        string extension = Path.GetExtension(name);
        extension = extension.Length > 10 ? "" : extension;
        string stem = Path.GetFileNameWithoutExtension(name);
        while (stem.Length > 0 && Encoding.UTF8.GetByteCount(stem + extension) > MaxNameBytes)
        {
            stem = stem[..^1];
        }
        return (char.IsHighSurrogate(stem.LastOrDefault()) ? stem[..^1] : stem) + extension;
    }

    [GeneratedRegex("^[A-Za-z]:")]
    private static partial Regex DriveLetter();
}
