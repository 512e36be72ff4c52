using Digitize.Core.Extraction;
using Digitize.Core.Review;
using Digitize.Web.Review;

namespace Digitize.Web.Tests.Review;

/// <summary>The review form's values as the queue takes them: dates, a number typed with its notation, confirmations.</summary>
public sealed class ReviewFormTests
{
    [Fact]
    public void TypedDate_BecomesIso_AndNumberWithNotation_GivesBoth()
    {
        var typed = new Dictionary<string, string> { [FieldNames.IssuedDate] = " 10/09/2024 ", [FieldNames.CodeNumber] = "384/TB-SGDĐT" };

        var corrections = ReviewForm.Corrections([FieldNames.CodeNumber, FieldNames.IssuedDate], typed.GetValueOrDefault, _ => false);

        Assert.Equal("2024-09-10", corrections[FieldNames.IssuedDate]);
        Assert.Equal("384", corrections[FieldNames.CodeNumber]);
        Assert.Equal("TB-SGDĐT", corrections[FieldNames.CodeNotation]);
    }

    [Fact]
    public void ConfirmedField_IsNull_AndAFieldLeftAsItIs_IsRefused()
    {
        var corrections = ReviewForm.Corrections([FieldNames.IssuedDate], _ => null, _ => true);
        Assert.True(corrections.ContainsKey(FieldNames.IssuedDate));
        Assert.Null(corrections[FieldNames.IssuedDate]);

        var left = Assert.Throws<InvalidCorrectionException>(() => ReviewForm.Corrections([FieldNames.IssuedDate], _ => " ", _ => false));
        Assert.Equal(FieldNames.IssuedDate, left.Field);
    }

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("2024-02-30")]
    [InlineData("10.09.2024")]
    public void DateNotWrittenDayMonthYear_IsRefused_WithTheFieldName(string typed)
    {
        var error = Assert.Throws<InvalidCorrectionException>(() =>
            ReviewForm.Corrections([FieldNames.IssuedDate], _ => typed, _ => false));
        Assert.StartsWith(FieldNames.IssuedDate + ": “" + typed + "” không phải là một ngày; nhập theo dạng dd/MM/yyyy", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("384", null)]
    [InlineData("38a/TB", "TB")]
    [InlineData("/TB", null)]
    [InlineData("384/", null)]
    [InlineData("12/QĐ-UBND", "QĐ-UBND")]
    public void SplitNumber_AtTheFirstSlash_BetweenTwoParts(string typed, string? notation) =>
        Assert.Equal(notation, ReviewForm.SplitNumber(typed)?.Notation);
}
