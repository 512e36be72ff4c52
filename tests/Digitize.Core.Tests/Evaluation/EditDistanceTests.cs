using System.Text;
using Digitize.Core.Evaluation;

namespace Digitize.Core.Tests.Evaluation;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("Hà Tĩnh", "Hà Tĩnh", 0)]
    [InlineData("Hà Tĩnh", "Ha Tĩnh", 1)]   // one substitution (à → a)
    [InlineData("Hà Tĩnh", "Hà Tnh", 1)]    // one deletion
    [InlineData("Hà Tĩnh", "Hà  Tĩnh\n", 0)] // whitespace is folded
    [InlineData("", "abc", 3)]
    public void Characters_CountsEdits_ByTextElement(string reference, string hypothesis, int edits)
    {
        Assert.Equal(edits, EditDistance.Characters(reference, hypothesis).Edits);
    }

    [Fact]
    public void Characters_IsZero_WhenTextsDifferOnlyInNormalisation()
    {
        string nfd = "Quyết định".Normalize(NormalizationForm.FormD);

        var count = EditDistance.Characters("Quyết định", nfd);

        Assert.Equal(0, count.Edits);
        Assert.Equal(10, count.ReferenceLength);
    }

    [Fact]
    public void Words_CountsWholeWords()
    {
        var count = EditDistance.Words("ngày 23 tháng 02 năm 2017", "ngày 28 tháng 02 nam 2017");

        Assert.Equal(new ErrorCount(2, 6), count);
        Assert.Equal(2.0 / 6, count.Rate, 6);
    }

    [Fact]
    public void ErrorCounts_Add_ForAnOverallRate()
    {
        var sum = new ErrorCount(1, 100) + new ErrorCount(3, 300);

        Assert.Equal(0.01, sum.Rate, 6);
    }
}
