using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class GluedSyllablesTests
{
    private static readonly VietnameseWords Dictionary =
        VietnameseWords.FromEntries(["kế hoạch", "nội vụ", "thành lập", "nội dung", "hội đồng"]);

    private static string Repaired(string text) => Joined(GluedSyllables.Repair([Line(text)], Dictionary)[0]);

    [Theory]
    [InlineData("KẾHOẠCH", "KẾ HOẠCH")]
    [InlineData("SỞNỘIVỤ", "SỞ NỘI VỤ")]                      // also "SỞN ỘI VỤ", which makes no word
    [InlineData("Về việc thànhlập Hội đồng", "Về việc thành lập Hội đồng")]
    [InlineData("đã thànhlập.", "đã thành lập.")]            // the stop stays at the end
    public void Repair_CutsSyllablesReadWithoutTheirSpace(string read, string printed)
    {
        Assert.Equal(printed, Repaired(read));
    }

    [Theory]
    [InlineData("online")]        // cuts into syllables, but they make no word
    [InlineData("UBND")]          // no syllables at all
    [InlineData("ThuThảo")]       // a capital inside: a name's, PersonName's to cut
    [InlineData("hoạch")]         // a syllable
    [InlineData("III.NHIỆM")]     // not letters only
    public void Repair_LeavesWordsThatAreNoRunOfSyllables(string read)
    {
        Assert.Equal(read, Repaired(read));
    }

    [Fact]
    public void Repair_SharesTheWordsBoxOutAmongTheSyllables()
    {
        var line = Line("KẾHOẠCH");

        var cut = GluedSyllables.Repair([line], Dictionary)[0];

        Assert.Equal(line[0].Box.Left, cut[0].Box.Left);
        Assert.Equal(line[0].Box.Right, cut[1].Box.Right);
        Assert.True(cut[0].Box.Right <= cut[1].Box.Left);
        Assert.All(cut, w => Assert.Equal(line[0].Confidence, w.Confidence));
    }
}
