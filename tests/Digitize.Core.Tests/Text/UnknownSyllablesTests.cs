using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class UnknownSyllablesTests
{
    // The word list's entries, and more syllables that only count as written (the model's own words, a bigger list).
    private static readonly VietnameseWords Dictionary = VietnameseWords.FromEntries(
        ["tuổi trẻ", "quê hương", "hướng dẫn", "hưởng ứng", "toàn bộ", "tin học", "tín dụng", "của", "cua", "năm", "hòa bình", "chưa"],
        ["Hoằng", "hóa", "từ", "đến", "có", "và", "đỗ", "ngọc", "đặng", "quốc", "sở", "môn"]);

    private static List<OcrWord> Repaired(string text) => UnknownSyllables.Repair([Line(text)], Dictionary)[0];

    [Theory]
    [InlineData("từ 1 đến 5 tuôi năm 2025", "từ 1 đến 5 tuổi năm 2025")]  // the hook lost: "tuôi" is written nowhere
    [InlineData("Đỗ Ngọc Hượng", "Đỗ Ngọc Hương")]                        // a dot added (Hướng, Hưởng are no misreading of it)
    [InlineData("(chựa có)", "(chưa có)")]                                // the marks around the word stay
    public void Repair_PutsRightAMarkedWordWrittenNowhere_WhenOneWrittenSyllableIsItsUsualMisreading(string read, string printed)
    {
        var repaired = Repaired(read);

        Assert.Equal(printed, Joined(repaired));
        Assert.All(repaired, w => Assert.Equal(0.9, w.Confidence));
    }

    [Theory]
    [InlineData("Đặng Quốc Toần", "Toần")]   // no written syllable has its letters but "toàn", and â for a is no tone misread
    [InlineData("môn Tỉn học", "Tỉn")]       // "tin" and "tín" both: no telling which
    [InlineData("củả Sở", "củả")]            // two tone marks: letters misread, whatever "cua" says
    public void Repair_DoubtsAMarkedWordWrittenNowhere_WhenNoOneReadingIsSure(string read, string doubted)
    {
        var repaired = Repaired(read);

        Assert.Equal(read, Joined(repaired));
        Assert.Equal(UnknownSyllables.Doubted, repaired.Single(w => w.Text == doubted).Confidence);
        Assert.All(repaired.Where(w => w.Text != doubted), w => Assert.Equal(0.9, w.Confidence));
    }

    [Theory]
    [InlineData("huyện Hoằng Hóa")]          // written in the list of more syllables, in any case
    [InlineData("hoá học")]                  // a known syllable in the newer tone style
    [InlineData("vắc xin phòng bệnh rubella")] // "rubella" has no Vietnamese marks
    [InlineData("PHÓ GHỦ TỊCH")]             // capitals: the signer's position is put to its vocabulary
    public void Repair_LeavesKnownSyllablesAndUnmarkedWords(string read)
    {
        var words = Line(read);
        var known = VietnameseWords.FromEntries(["vắc xin", "phòng bệnh", "huyện lỵ"], ["Hoằng", "hóa", "học"]);

        var repaired = UnknownSyllables.Repair([words], known)[0];

        Assert.Same(words, repaired);
    }

    [Fact]
    public void Repair_LeavesWordsOfNoSyllablesShape_ToTheReadersWhoAlreadyDoubtThem()
    {
        var words = Line("Lafơng Xuân Sơn");

        Assert.Same(words, UnknownSyllables.Repair([words], VietnameseWords.FromEntries(["xuân", "sơn"]))[0]);
    }

    [Fact]
    public void Repair_KeepsTheWordsBox()
    {
        var line = Line("5 tuôi");

        Assert.Equal(line[1].Box, Repaired("5 tuôi")[1].Box);
    }
}
