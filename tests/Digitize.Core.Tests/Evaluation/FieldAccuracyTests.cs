using Digitize.Core.Evaluation;

namespace Digitize.Core.Tests.Evaluation;

public sealed class FieldAccuracyTests
{
    private static readonly Dictionary<string, string> Truth = new()
    {
        ["codeNumber"] = "384", ["codeNotation"] = "TB-SGDĐT", ["issuedDate"] = "2024-03-12",
    };

    private static readonly Dictionary<string, string> HandWritten = new() { ["codeNumber"] = "handwritten", ["issuedDate"] = "handwritten" };

    [Fact]
    public void Compare_CountsAHandWrittenFieldLeftAbsentAsRightAndDeferred()
    {
        var actual = new Dictionary<string, string> { ["codeNotation"] = "TB-SGDĐT" };

        var totals = FieldAccuracy.Compare([(Truth, HandWritten, actual)]).Totals;

        Assert.Equal(new FieldCount(Right: 3, Wrong: 0, Missing: 0, Extra: 0, Deferred: 2), totals);
    }

    [Fact]
    public void Compare_CountsAHandWrittenFieldReadWronglyAsWrong()
    {
        var actual = new Dictionary<string, string> { ["codeNumber"] = "381", ["codeNotation"] = "TB-SGDĐT", ["issuedDate"] = "2024-03-12" };

        var totals = FieldAccuracy.Compare([(Truth, HandWritten, actual)]).Totals;

        Assert.Equal(new FieldCount(Right: 2, Wrong: 1, Missing: 0, Extra: 0, Deferred: 0), totals);
    }

    [Fact]
    public void Compare_CountsAPrintedFieldLeftAbsentAsMissing()
    {
        var actual = new Dictionary<string, string> { ["codeNotation"] = "TB-SGDĐT" };

        var totals = FieldAccuracy.Compare([(Truth, null, actual)]).Totals;

        Assert.Equal(new FieldCount(Right: 1, Wrong: 0, Missing: 2, Extra: 0), totals);
        Assert.Equal(1 / 3.0, totals.RightRate, 6);
    }

    [Fact]
    public void GroundTruth_ReadsDegradationsAndExpectedAbsentFields()
    {
        const string json = """
            { "label": "HS-2025-0013",
              "pages": [ { "page": 1, "file": "page-01.jpg", "pageInFile": 1, "dpi": 200, "format": "jpeg", "skewDegrees": 1.5,
                           "rotation": 0, "text": "Số: /QĐ-UBND", "degradations": ["seal", "handwriting"] },
                         { "page": 2, "file": "page-02.jpg", "pageInFile": 1, "dpi": 200, "format": "jpeg", "skewDegrees": 0,
                           "rotation": 0, "text": "Điều 2." } ],
              "documents": [ { "pages": [1, 2], "fields": { "codeNumber": "12" }, "expectedAbsent": { "codeNumber": "handwritten" } } ] }
            """;
        var folder = Directory.CreateTempSubdirectory("digitize-truth-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "ground-truth"));
            File.WriteAllText(Path.Combine(folder.FullName, "ground-truth", "HS-2025-0013.json"), json);

            var dossier = Assert.Single(GroundTruthDossier.LoadFolder(folder.FullName));

            Assert.True(dossier.Pages[0].IsSpeckledOrStamped);
            Assert.False(dossier.Pages[1].IsSpeckledOrStamped);
            Assert.Equal("handwritten", dossier.Documents[0].ExpectedAbsent!["codeNumber"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
