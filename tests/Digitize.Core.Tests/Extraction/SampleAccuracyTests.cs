using Digitize.Core.Evaluation;
using Digitize.Core.Extraction;
using Xunit.Abstractions;

namespace Digitize.Core.Tests.Extraction;

public sealed class SampleAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_MeetsIssueAcceptance_WhenRunOverAllSampleDossiers()
    {
        var parts = new List<FieldAccuracy>();
        string[]? labels = Environment.GetEnvironmentVariable("DIGITIZE_TEST_LABELS")?.Split(',', StringSplitOptions.RemoveEmptyEntries);
        foreach (var truth in GroundTruthDossier.LoadFolder(SampleFixtures.SamplesFolder).Where(t => labels is null || labels.Contains(t.Label)))
        {
            var pages = SampleFixtures.Pages(truth.Label);
            var documents = DocumentSplitter.Split(pages);
            var extracted = documents
                .Select(d => ((IReadOnlyList<int>)d.Select(p => p.Page.Number).ToList(), FieldExtractor.Extract(d)))
                .ToList();
            Assert.Equal(truth.Documents.Select(d => string.Join(",", d.Pages)), extracted.Select(e => string.Join(",", e.Item1)));

            var accuracy = FieldAccuracy.Compare(truth, extracted.Select(e => (e.Item1, e.Item2.Values())).ToList());
            parts.Add(accuracy);
            foreach (var (doc, (pageList, result)) in truth.Documents.Zip(extracted))
            {
                foreach (var (name, value) in doc.Fields)
                {
                    result.Fields.TryGetValue(name, out var got);
                    if (got is null || !FieldAccuracy.Same(value, got.Value))
                    {
                        string why = result.Rejected.FirstOrDefault(r => r.Name == name)?.Reason ?? "";
                        output.WriteLine($"{truth.Label} p{string.Join(",", pageList)} {name}: expected '{value}', got '{got?.Value}' {why}");
                    }
                }
            }
        }
        var total = FieldAccuracy.Sum(parts);
        output.WriteLine(total.ToTable());

        Assert.True(total.Totals.RightRate >= 0.95, $"right {total.Totals.RightRate:P1} < 95 %");
        Assert.True(total.Totals.WrongRate <= 0.01, $"wrong {total.Totals.WrongRate:P1} > 1 %");
    }
}
