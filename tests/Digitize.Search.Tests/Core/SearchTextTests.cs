using Digitize.Core.Search;

namespace Digitize.Search.Tests.Core;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Hà Tĩnh", "ha tinh")]
    [InlineData("ĐÀ NẴNG", "da nang")]
    [InlineData("Quyết định số 531/QĐ-UBND", "quyet dinh so 531/qd-ubnd")]
    public void Fold_drops_marks_and_maps_d_bar_to_d(string text, string folded) => Assert.Equal(folded, SearchText.Fold(text));

    [Theory]
    [InlineData("hoà bình", "hòa bình")]
    [InlineData("Thuỷ lợi", "Thủy lợi")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("hoàng", "hoàng")]
    [InlineData("quý Quỳ", "quý Quỳ")]
    public void Canonical_uses_one_tone_style(string text, string canonical) => Assert.Equal(canonical, SearchText.Canonical(text));

    [Fact]
    public void Parse_finds_identifiers_phrases_and_words_and_lets_no_syntax_through()
    {
        var parsed = ParsedQuery.Parse("quyết định 531/QĐ-UBND \"đất trồng lúa\" 044084827036 (a OR b) \"unbalanced");

        Assert.Equal(["531/QĐ-UBND", "044084827036"], parsed.Identifiers);
        Assert.Equal(["đất trồng lúa"], parsed.Phrases);
        Assert.Equal(["quyết", "định", "a", "OR", "b", "unbalanced"], parsed.Words);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_query_without_filters_is_refused_with_a_reason(string text)
    {
        var error = Assert.Throws<SearchQueryException>(() => new SearchQuery(text, Confidentiality.Public));
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void A_backwards_date_range_and_an_overlong_query_are_refused_with_a_reason()
    {
        Assert.Contains("backwards", Assert.Throws<SearchQueryException>(() =>
            new SearchQuery("x", Confidentiality.Public, from: new DateOnly(2024, 1, 1), to: new DateOnly(2023, 1, 1))).Message);
        Assert.Contains("at most", Assert.Throws<SearchQueryException>(() => new SearchQuery(new string('a', 10_000), Confidentiality.Public)).Message);
    }

    [Theory]
    [InlineData("Tuyệt mật", Confidentiality.TuyetMat)]
    [InlineData("TỐI MẬT", Confidentiality.ToiMat)]
    [InlineData("Mật", Confidentiality.Mat)]
    [InlineData(null, Confidentiality.Public)]
    public void Confidentiality_is_read_from_the_mark(string? mark, Confidentiality level) =>
        Assert.Equal(level, ConfidentialityMarks.FromField(mark));
}
