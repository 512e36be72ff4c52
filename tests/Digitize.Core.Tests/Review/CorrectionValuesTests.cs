using System.Text;
using Digitize.Core.Extraction;
using Digitize.Core.Review;

namespace Digitize.Core.Tests.Review;

public sealed class CorrectionValuesTests
{
    [Theory]
    [InlineData(FieldNames.CodeNumber, " 384 ", "384")]
    [InlineData(FieldNames.CodeNotation, "TB-SGDĐT", "TB-SGDĐT")]
    [InlineData(FieldNames.CodeNotation, "2015/QĐ-UBND", "2015/QĐ-UBND")]
    [InlineData(FieldNames.CodeNotation, "KL/TU", "KL/TU")]
    [InlineData(FieldNames.IssuedDate, "2024-09-10", "2024-09-10")]
    [InlineData(FieldNames.DossierCode, "000.00.21.H52-230509-0001", "000.00.21.H52-230509-0001")]
    [InlineData(FieldNames.Subject, "Về  việc\tcho phép", "Về việc cho phép")]
    public void Normalize_AcceptsValuesOfTheFieldsShape(string field, string value, string expected) =>
        Assert.Equal(expected, CorrectionValues.Normalize(field, value));

    [Fact]
    public void Normalize_ReturnsNfc()
    {
        string decomposed = "QĐ-UBND".Normalize(NormalizationForm.FormD);

        string value = CorrectionValues.Normalize(FieldNames.CodeNotation, decomposed);

        Assert.True(value.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("QĐ-UBND", value);
    }

    [Theory]
    [InlineData(FieldNames.CodeNumber, "384/TB-SGDĐT", "digits only")]
    [InlineData(FieldNames.CodeNumber, "123456789012", "digits only")]
    [InlineData(FieldNames.CodeNotation, "tb-sgdđt", "upper-case codes")]
    [InlineData(FieldNames.CodeNotation, "UBND", "upper-case codes")]
    [InlineData(FieldNames.IssuedDate, "10/09/2024", "yyyy-MM-dd")]
    [InlineData(FieldNames.IssuedDate, "2024-02-30", "yyyy-MM-dd")]
    [InlineData(FieldNames.ReceivedAt, "1800-01-01", "yyyy-MM-dd")]
    [InlineData(FieldNames.DossierCode, "H52-231399-0001", "not a valid date of receipt")]
    [InlineData(FieldNames.Subject, "   ", "empty")]
    [InlineData(FieldNames.Subject, "một\u0007dòng", "one line")]
    [InlineData("number", "384", "no such field")]
    public void Normalize_RefusesWithWhatTheFieldAccepts(string field, string value, string message)
    {
        var error = Assert.Throws<InvalidCorrectionException>(() => CorrectionValues.Normalize(field, value));

        Assert.Equal(field, error.Field);
        Assert.StartsWith(field + ": ", error.Message);
        Assert.Contains(message, error.Message);
    }
}
