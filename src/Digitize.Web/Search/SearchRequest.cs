using System.Globalization;
using Digitize.Core.Search;

namespace Digitize.Web.Search;

/// <summary>
/// A search as the page's form or the API's query string gives it, all text, read into a <see cref="SearchQuery"/> or
/// into a message in Vietnamese that says what to change: nothing a user types can make the search fail with a 500.
/// </summary>
/// <param name="Year">A year facet (<c>2023</c>): the dates 01/01 to 31/12 of that year, within <paramref name="From"/>–<paramref name="To"/>.</param>
/// <param name="From">dd/MM/yyyy as typed, or yyyy-MM-dd as a date picker and the API send it.</param>
public sealed record SearchRequest(string? Text, string? Type = null, string? Organ = null, string? Year = null,
    string? From = null, string? To = null, int Page = 1, int Size = SearchRequest.DefaultSize)
{
    public const int DefaultSize = 20;

    /// <summary>Deep pages cost the engine as much as every hit before them; nobody reads that far.</summary>
    public const int MaxHitsReachable = 10_000;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>Nothing asked yet: the page shows only its form.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Type) && string.IsNullOrWhiteSpace(Organ)
        && string.IsNullOrWhiteSpace(Year) && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To);

    /// <summary>The query to run with the caller's clearance, or null and <paramref name="error"/>, a message for the user.</summary>
    public SearchQuery? ToQuery(Confidentiality clearance, out string? error)
    {
        error = Validate(out var from, out var to);
        if (error is not null)
        {
            return null;
        }
        try
        {
            return new SearchQuery(Text, clearance, Type, Organ, from, to, page: Page, pageSize: Size);
        }
        catch (SearchQueryException)
        {
            // Every cause is checked above with a message of its own; this is only in case the rules change.
            error = "Không thực hiện được tìm kiếm này. Hãy kiểm tra lại từ cần tìm và các bộ lọc.";
            return null;
        }
    }

    private string? Validate(out DateOnly? from, out DateOnly? to)
    {
        from = to = null;
        int length = Text?.Trim().Length ?? 0;
        if (length > SearchQuery.MaxTextLength)
        {
            return string.Format(Vietnamese, "Câu tìm kiếm quá dài: {0:N0} ký tự, trong khi chỉ tìm được tối đa {1:N0} ký tự. Hãy rút gọn câu tìm kiếm.",
                length, SearchQuery.MaxTextLength);
        }
        if (IsEmpty)
        {
            return "Hãy nhập từ cần tìm, hoặc chọn một bộ lọc (loại văn bản, cơ quan ban hành, năm, khoảng ngày).";
        }
        if (!TryDate(From, out from))
        {
            return DateMessage("Từ ngày", From!);
        }
        if (!TryDate(To, out to))
        {
            return DateMessage("Đến ngày", To!);
        }
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (!int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1900 || year > 2200)
            {
                return $"Năm “{Short(Year)}” không hợp lệ: hãy chọn một năm trong danh sách.";
            }
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            from = from is { } f && f > first ? f : first;
            to = to is { } t && t < last ? t : last;
        }
        if (from > to)
        {
            return $"Khoảng ngày không hợp lệ: từ ngày {Formats.Date(from.Value)} sau đến ngày {Formats.Date(to.Value)}.";
        }
        if (Page < 1 || Size < 1 || Size > SearchQuery.MaxPageSize)
        {
            return $"Trang {Page}, cỡ trang {Size}: trang đánh số từ 1, mỗi trang từ 1 đến {SearchQuery.MaxPageSize} kết quả.";
        }
        if ((long)Page * Size > MaxHitsReachable)
        {
            return string.Format(Vietnamese, "Chỉ xem được {0:N0} kết quả đầu tiên: hãy thu hẹp tìm kiếm bằng từ khóa hoặc bộ lọc.", MaxHitsReachable);
        }
        return null;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        return false;
    }

    private static string DateMessage(string label, string text) =>
        $"{label} “{Short(text)}” không hợp lệ: hãy nhập theo dạng ngày/tháng/năm (dd/MM/yyyy), ví dụ 23/02/2017.";

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
