using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class CompoundTonesTests
{
    // A few entries as the dictionary file has them: one per line, some in the newer tone style.
    private static readonly VietnameseWords Dictionary = VietnameseWords.FromEntries(
    [
        "kiểm tra", "kiếm", "kiểm", "tổ chức", "tố cáo", "tố", "bổ sung", "bố", "nhân dân", "nhần", "địa bàn", "bàn tính",
        "tỉnh", "tính", "tịnh", "ủy ban", "uỷ nhiệm", "hoà bình", "cô", "có", "bà cô", "dục", "đục", "giáo dục", "thẩm quyền",
        "thấm", "cộng hòa", "a", "hiệu lực", "lực kế", "kể từ", "kế", "bản", "đào tạo", "đảo", "qui định", "định đề", "để", "bảo vệ",
    ]);

    private static string Repaired(string text) => Joined(CompoundTones.Repair([Line(text)], Dictionary)[0]);

    [Theory]
    [InlineData("đã kiếm tra hồ sơ", "đã kiểm tra hồ sơ")]
    [InlineData("các tố chức, cá nhân", "các tổ chức, cá nhân")]
    [InlineData("cần bố sung thêm", "cần bổ sung thêm")]
    [InlineData("Ủy ban nhần dân tỉnh", "Ủy ban nhân dân tỉnh")]
    [InlineData("SỞ GIÁO ĐỤC VÀ ĐÀO TẠO", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")]
    [InlineData("thuộc thấm quyền (của", "thuộc thẩm quyền (của")]
    [InlineData("2. Kiếm tra hồ sơ", "2. Kiểm tra hồ sơ")]          // a capital opening a sentence: small letters follow
    [InlineData("Trung tâm Kiếm tra", "Trung tâm Kiểm tra")]         // a capital opening a word of an agency's name
    [InlineData("có hiệu lực kế từ ngày", "có hiệu lực kể từ ngày")] // "lực" is taken by "hiệu lực": "lực kế" says nothing
    [InlineData("trên địa bản huyện", "trên địa bàn huyện")]       // huyền read as hỏi (dev draws 1001–1004)
    [InlineData("Sở Giáo dục và Đảo tạo", "Sở Giáo dục và Đào tạo")]
    public void Repair_GivesTheSyllableTheToneThatMakesAWord(string read, string printed)
    {
        Assert.Equal(printed, Repaired(read));
    }

    [Theory]
    [InlineData("trên địa bàn tỉnh Hà Tĩnh")]   // "bàn" is taken by "địa bàn": "bàn tính" says nothing of "tỉnh"
    [InlineData("cần kiếm, tra")]              // a comma parts the syllables: no word across it
    [InlineData("Lê Kiếm tra")]                // a capital after a name's word: a name
    [InlineData("Kiếm Tra")]                   // capitals on both: a name
    [InlineData("bà có tên")]                  // "có" read as "cô" is no confusion of the model's (sắc → none is, not the reverse)
    [InlineData("đơn tố cáo")]                 // a word already
    [InlineData("theo quy định để bảo vệ")]    // the list writes "qui định": "định" is taken all the same, "định đề" says nothing
    public void Repair_LeavesWhatNoWordNeedsOrWhatTheModelDoesNotMisread(string read)
    {
        Assert.Equal(read, Repaired(read));
    }

    [Fact]
    public void Repair_ReturnsTheLinesThemselves_WhenNothingChanges()
    {
        var lines = new List<List<Pages.OcrWord>> { Line("kiểm tra hồ sơ") };

        Assert.Same(lines, CompoundTones.Repair(lines, Dictionary));
    }

    [Fact]
    public void Repair_KeepsTheWordsBoxAndConfidence()
    {
        var line = Line("kiếm tra");

        var repaired = CompoundTones.Repair([line], Dictionary)[0];

        Assert.Equal(line[0].Box, repaired[0].Box);
        Assert.Equal(line[0].Confidence, repaired[0].Confidence);
        Assert.Same(line[1], repaired[1]);
    }

    [Fact]
    public void Repair_LeavesTheSyllable_WhenTwoReadingsMakeWords()
    {
        var dictionary = VietnameseWords.FromEntries(["kiểm tra", "kiêm tra", "kiếm"]); // sắc is read for hỏi and for no tone

        Assert.Equal("kiếm tra", Joined(CompoundTones.Repair([Line("kiếm tra")], dictionary)[0]));
    }

    [Theory]
    [InlineData("kiếm", "kiểm", true)]   // hỏi read as sắc
    [InlineData("nhần", "nhân", true)]   // no tone read as huyền
    [InlineData("đục", "dục", true)]     // d read as đ
    [InlineData("tỉnh", "tịnh", false)]  // nặng read as hỏi: not a confusion of the model's
    [InlineData("dục", "đục", false)]    // the other way round
    [InlineData("thẩm", "thấm", true)]   // sắc read as hỏi
    [InlineData("cho", "chợ", false)]
    public void IsMisreading_OnlyTheModelsConfusions(string read, string printed, bool expected)
    {
        Assert.Equal(expected, CompoundTones.IsMisreading(read, printed));
    }

    [Fact]
    public void VietnameseWords_PlacesTonesAsPageTextDoes()
    {
        Assert.True(Dictionary.IsWord("ủy", "nhiệm"));
        Assert.True(Dictionary.IsWord("hòa", "bình"));
        Assert.False(Dictionary.IsWord("uỷ", "nhiệm"));
        Assert.Equal(["kiểm"], Dictionary.SpeltAlike("kiếm"));
    }

    [Fact]
    public void VietnameseWords_KnowsTheSyllablesOfItsEntriesAndOfTheMoreSyllables_InAnyCaseOrToneStyle()
    {
        var words = VietnameseWords.FromEntries(["hòa bình", "\"không\""], ["Hoằng", "(anh)"]);

        Assert.True(words.IsKnownSyllable("bình"));
        Assert.True(words.IsKnownSyllable("hoà"));
        Assert.True(words.IsKnownSyllable("HOẰNG"));
        Assert.False(words.IsKnownSyllable("hoăng"));
        Assert.False(words.IsKnownSyllable("không"));   // entries with other marks than letters are no syllables
        Assert.False(words.IsKnownSyllable("anh"));
        Assert.Empty(words.SpeltAlike("hoẵng"));        // the more syllables only count as written: no reading of a misread
    }
}
