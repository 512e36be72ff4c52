using System.Text.Json;
using Digitize.Core.Dossiers;

namespace Digitize.Core.Tests.Dossiers;

public sealed class DossierIdTests
{
    [Fact]
    public void FromContent_DependsOnTheFilesContentAndTheirOrder()
    {
        var a = DossierId.FromContent(["11", "22"]);

        Assert.Equal(a, DossierId.FromContent(["11", "22"]));
        Assert.NotEqual(a, DossierId.FromContent(["22", "11"]));
        Assert.NotEqual(a, DossierId.FromContent(["11", "33"]));
        Assert.Equal(16, a.Value.Length);
    }

    [Theory]
    [InlineData("0123456789ABCDEF")]
    [InlineData("0123456789abcde")]
    [InlineData("../../etc/passwd")]
    public void Ctor_ThrowsAnException_WhenTheValueIsNotSixteenLowerCaseHexDigits(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => new DossierId(value));
        Assert.Equal("value", error.ParamName);
        Assert.False(DossierId.TryParse(value, out _));
    }

    [Fact]
    public void DocumentId_IsWrittenDossierDotNumber_AndParsesBack()
    {
        var id = new DocumentId(new DossierId("0123456789abcdef"), 3);

        Assert.Equal("0123456789abcdef.03", id.ToString());
        Assert.Equal(id, DocumentId.Parse("0123456789abcdef.03"));
        Assert.False(DocumentId.TryParse("0123456789abcdef.0", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentId(id.Dossier, 0));
    }

    [Fact]
    public void Ids_AreStrings_InTheRecordContract()
    {
        var record = new { id = new DossierId("0123456789abcdef"), documentId = new DocumentId(new DossierId("0123456789abcdef"), 1) };

        string json = JsonSerializer.Serialize(record);

        Assert.Equal("""{"id":"0123456789abcdef","documentId":"0123456789abcdef.01"}""", json);
    }
}
