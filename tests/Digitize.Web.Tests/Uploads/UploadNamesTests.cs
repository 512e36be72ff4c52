using System.Text;
using Digitize.Web.Uploads;

namespace Digitize.Web.Tests.Uploads;

public sealed class UploadNamesTests
{
    [Theory]
    [InlineData("trang-01.jpg", "trang-01.jpg")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\a\\quyết định.pdf", "quyết định.pdf")]
    [InlineData(".hidden.jpg", "hidden.jpg")]
    [InlineData("a<b>c|d?.png", "a_b_c_d_.png")]
    [InlineData("..", "tep-1")]
    [InlineData("", "tep-1")]
    [InlineData(null, "tep-1")]
    public void Sanitize_KeepsTheLastSegment_Cleaned(string? given, string expected) =>
        Assert.Equal(expected, UploadNames.Sanitize(given, "tep-1"));

    [Fact]
    public void Sanitize_GivesNfc_AndCutsLongNames_KeepingTheExtension()
    {
        Assert.Equal("Quyết".Normalize(NormalizationForm.FormC), UploadNames.Sanitize("Quyết".Normalize(NormalizationForm.FormD), "x"));
        string name = UploadNames.Sanitize(new string('ệ', 300) + ".jpg", "x");
        Assert.True(Encoding.UTF8.GetByteCount(name) <= 200);
        Assert.EndsWith(".jpg", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HS-1/page-01.jpg", true)]
    [InlineData("page-01.jpg", true)]
    [InlineData("HS-1/", true)]
    [InlineData("../x.jpg", false)]
    [InlineData("HS-1/../../x.jpg", false)]
    [InlineData("..\\x.jpg", false)]
    [InlineData("/etc/x.jpg", false)]
    [InlineData("C:/x.jpg", false)]
    [InlineData("c:x.jpg", false)]
    [InlineData("HS-1//x.jpg", false)]
    [InlineData("./x.jpg", false)]
    [InlineData("HS-1/x\u0001.jpg", false)]
    [InlineData("HS-1/x.jpg.", false)]
    public void TrySplitEntry_RefusesWhatCouldLeaveTheFolder(string entry, bool accepted) =>
        Assert.Equal(accepted, UploadNames.TrySplitEntry(entry, out _, out _));
}
