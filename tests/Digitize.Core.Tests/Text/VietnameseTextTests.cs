using System.Text;
using Digitize.Core.Text;

namespace Digitize.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Fact]
    public void Nfc_ComposesLetters_WhenInputIsDecomposed()
    {
        string decomposed = "Cộng hòa".Normalize(NormalizationForm.FormD);

        string result = VietnameseText.Nfc(decomposed);

        Assert.Equal("Cộng hòa".Normalize(NormalizationForm.FormC), result);
        Assert.NotEqual(decomposed.Length, result.Length);
    }

    [Fact]
    public void FoldWhitespace_JoinsLinesAndRuns_WhenTextHasLineBreaksAndTabs()
    {
        Assert.Equal("Số: 531/QĐ-UBND Hà Tĩnh", VietnameseText.FoldWhitespace("  Số: 531/QĐ-UBND\n\n\tHà   Tĩnh \n"));
    }

    [Fact]
    public void EnsureNormalizationWorks_DoesNotThrow_WhenIcuIsPresent()
    {
        VietnameseText.EnsureNormalizationWorks();
    }

    [Fact]
    public void Nfc_ThrowsArgumentNull_WhenTextIsNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => VietnameseText.Nfc(null!));
        Assert.Equal("text", ex.ParamName);
    }
}
