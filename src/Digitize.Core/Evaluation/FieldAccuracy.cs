using Digitize.Core.Text;

namespace Digitize.Core.Evaluation;

/// <summary>Right, wrong and missing counts of one field name (or of all fields).</summary>
/// <param name="Extra">Extracted but absent from the ground truth; reported, not counted as wrong.</param>
/// <param name="Deferred">Of <paramref name="Right"/>: hand-written values left absent for a person, as expected.</param>
public readonly record struct FieldCount(int Right, int Wrong, int Missing, int Extra, int Deferred = 0)
{
    /// <summary>Ground-truth fields compared.</summary>
    public int Total => Right + Wrong + Missing;

    public double RightRate => Total == 0 ? 1 : (double)Right / Total;

    public double WrongRate => Total == 0 ? 0 : (double)Wrong / Total;

    public static FieldCount operator +(FieldCount a, FieldCount b) =>
        new(a.Right + b.Right, a.Wrong + b.Wrong, a.Missing + b.Missing, a.Extra + b.Extra, a.Deferred + b.Deferred);
}

/// <summary>
/// Field accuracy against the ground truth. Values are compared exactly after NFC and whitespace folding,
/// case-sensitive for every field (organName and signerPosition included: the extractor writes the
/// ground truth's casing, so a casing error counts as wrong). A field the ground truth marks as hand-written is right
/// when it is left absent (deferred to a person) or read exactly, and wrong when another value is given.
/// </summary>
public sealed class FieldAccuracy
{
    private FieldAccuracy(IReadOnlyDictionary<string, FieldCount> byField, IReadOnlyList<FieldMismatch> mismatches)
    {
        ByField = byField;
        Totals = byField.Values.Aggregate(default(FieldCount), (a, b) => a + b);
        Mismatches = mismatches;
    }

    /// <summary>The fields read wrongly or not at all (deferred hand-written ones excluded), for a look at the errors.</summary>
    public IReadOnlyList<FieldMismatch> Mismatches { get; }

    /// <summary>Field name → counts, names in ordinal order.</summary>
    public IReadOnlyDictionary<string, FieldCount> ByField { get; }

    public FieldCount Totals { get; }

    /// <summary>Compares extracted fields with expected fields, document by document (pairs in the same order).</summary>
    public static FieldAccuracy Compare(IEnumerable<(IReadOnlyDictionary<string, string> Expected, IReadOnlyDictionary<string, string> Actual)> documents) =>
        Compare(documents.Select(d => (d.Expected, (IReadOnlyDictionary<string, string>?)null, d.Actual)));

    /// <summary>Compares extracted fields with expected fields and the expected-absent (hand-written) ones, document by document.</summary>
    public static FieldAccuracy Compare(IEnumerable<(IReadOnlyDictionary<string, string> Expected,
        IReadOnlyDictionary<string, string>? ExpectedAbsent, IReadOnlyDictionary<string, string> Actual)> documents) =>
        Compare(documents.Select((d, i) => ($"document {i + 1}", d.Expected, d.ExpectedAbsent, d.Actual)));

    private static FieldAccuracy Compare(IEnumerable<(string Document, IReadOnlyDictionary<string, string> Expected,
        IReadOnlyDictionary<string, string>? ExpectedAbsent, IReadOnlyDictionary<string, string> Actual)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new SortedDictionary<string, FieldCount>(StringComparer.Ordinal);
        var mismatches = new List<FieldMismatch>();
        foreach (var (document, expected, expectedAbsent, actual) in documents)
        {
            ArgumentNullException.ThrowIfNull(expected);
            ArgumentNullException.ThrowIfNull(actual);
            foreach (var (name, value) in expected)
            {
                bool deferrable = expectedAbsent?.ContainsKey(name) == true;
                counts.TryGetValue(name, out var count);
                var outcome = !actual.TryGetValue(name, out var got)
                        ? (deferrable ? new FieldCount(1, 0, 0, 0, Deferred: 1) : new FieldCount(0, 0, 1, 0))
                    : Same(value, got) ? new FieldCount(1, 0, 0, 0) : new FieldCount(0, 1, 0, 0);
                counts[name] = count + outcome;
                if (outcome.Right == 0)
                {
                    mismatches.Add(new FieldMismatch(document, name, value, got));
                }
            }
            foreach (string name in actual.Keys.Where(k => !expected.ContainsKey(k)))
            {
                counts.TryGetValue(name, out var count);
                counts[name] = count + new FieldCount(0, 0, 0, 1);
            }
        }
        return new FieldAccuracy(counts, mismatches);
    }

    /// <summary>Compares one dossier: ground-truth documents matched to extracted documents by their page lists.</summary>
    public static FieldAccuracy Compare(GroundTruthDossier truth, IReadOnlyList<(IReadOnlyList<int> Pages, IReadOnlyDictionary<string, string> Fields)> extracted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(extracted);
        var empty = new Dictionary<string, string>();
        return Compare(truth.Documents.Select(d =>
        {
            var match = extracted.FirstOrDefault(e => e.Pages.SequenceEqual(d.Pages));
            return ($"{truth.Label} p{string.Join(',', d.Pages)}", d.Fields, d.ExpectedAbsent,
                match.Fields ?? (IReadOnlyDictionary<string, string>)empty);
        }).ToList());
    }

    /// <summary>Merges the counts of several comparisons (e.g. one per dossier).</summary>
    public static FieldAccuracy Sum(IEnumerable<FieldAccuracy> parts)
    {
        var counts = new SortedDictionary<string, FieldCount>(StringComparer.Ordinal);
        var mismatches = new List<FieldMismatch>();
        foreach (var part in parts)
        {
            mismatches.AddRange(part.Mismatches);
            foreach (var (name, count) in part.ByField)
            {
                counts.TryGetValue(name, out var sum);
                counts[name] = sum + count;
            }
        }
        return new FieldAccuracy(counts, mismatches);
    }

    public static bool Same(string expected, string actual) =>
        string.Equals(VietnameseText.FoldWhitespace(expected), VietnameseText.FoldWhitespace(actual), StringComparison.Ordinal);

    /// <summary>A plain-text table: field, right, wrong, missing, extra, then the totals.</summary>
    public string ToTable()
    {
        var lines = new List<string> { $"{"field",-16} {"right",6} {"wrong",6} {"missing",8} {"extra",6} {"deferred",9}" };
        lines.AddRange(ByField.Select(kv => $"{kv.Key,-16} {kv.Value.Right,6} {kv.Value.Wrong,6} {kv.Value.Missing,8} {kv.Value.Extra,6} {kv.Value.Deferred,9}"));
        lines.Add($"{"total",-16} {Totals.Right,6} {Totals.Wrong,6} {Totals.Missing,8} {Totals.Extra,6} {Totals.Deferred,9}   right {Totals.RightRate:P1}, wrong {Totals.WrongRate:P1}");
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>A ground-truth field read wrongly (<paramref name="Actual"/> set) or not at all (null).</summary>
public sealed record FieldMismatch(string Document, string Field, string Expected, string? Actual)
{
    public override string ToString() => $"{Document} {Field}: expected \"{Expected}\", {(Actual is null ? "absent" : $"got \"{Actual}\"")}";
}
