using Digitize.Core.Text;

namespace Digitize.Core.Extraction;

/// <summary>Accumulates fields and rejections while one document is read; the first value of a field wins.</summary>
internal sealed class FieldCollector
{
    /// <summary>Below this word confidence a free-text value is more likely misread than right.</summary>
    public const double MinWordConfidence = 0.5;

    private readonly Dictionary<string, ExtractedField> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RejectedField> _rejected = new(StringComparer.Ordinal);

    public bool Has(string name) => _fields.ContainsKey(name);

    public string? Get(string name) => _fields.TryGetValue(name, out var f) ? f.Value : null;

    public void Add(string name, string value, double confidence)
    {
        string clean = ToneStyle.Traditional(VietnameseText.FoldWhitespace(value));
        if (clean.Length == 0 || _fields.ContainsKey(name))
        {
            return;
        }
        _fields[name] = new ExtractedField(name, clean, Math.Clamp(confidence, 0, 1));
        _rejected.Remove(name);
    }

    /// <summary>Puts a value already taken right, after a cross-check between fields showed how (its confidence stays).</summary>
    public void Correct(string name, string value)
    {
        if (_fields.TryGetValue(name, out var field))
        {
            _fields[name] = new ExtractedField(name, ToneStyle.Traditional(VietnameseText.FoldWhitespace(value)), field.Confidence);
        }
    }

    /// <summary>Leaves a field out as unsure: what was read failed validation or was read too uncertainly.</summary>
    public void Reject(string name, string why) => Leave(name, RejectedField.Unsure + why);

    /// <summary>Leaves a field out because its value is written by hand (or its slot is blank in print).</summary>
    public void RejectHandwritten(string name, string why) => Leave(name, RejectedField.Handwritten + why);

    /// <summary>Drops a field as unsure after a cross-check between fields failed.</summary>
    public void Withdraw(string name, string why)
    {
        if (_fields.Remove(name))
        {
            _rejected[name] = new RejectedField(name, RejectedField.Unsure + why);
        }
    }

    private void Leave(string name, string reason)
    {
        if (!_fields.ContainsKey(name))
        {
            _rejected.TryAdd(name, new RejectedField(name, reason));
        }
    }

    /// <summary>Adds a free-text value read from <paramref name="segment"/> unless one of its words is too uncertain.</summary>
    public void AddText(string name, string value, LineSegment segment) => AddText(name, value, [segment]);

    /// <summary>
    /// Adds a value read over <paramref name="segments"/>, or leaves it out as unsure when a word of it was read below
    /// <see cref="MinWordConfidence"/>; a word <paramref name="vouched"/> for (read alike elsewhere) is not judged so.
    /// </summary>
    public void AddText(string name, string value, IReadOnlyList<LineSegment> segments, Func<string, bool>? vouched = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        var weakest = segments.Select(s => s.WeakestWordOf(value, vouched)).MinBy(w => w.Confidence);
        if (weakest.Confidence < MinWordConfidence)
        {
            Reject(name, $"'{VietnameseText.FoldWhitespace(value)}': the word '{weakest.Word}' was read with confidence {weakest.Confidence:0.00}");
            return;
        }
        Add(name, value, segments.Average(s => s.ConfidenceOf(value)));
    }

    public ExtractionResult ToResult(DocumentKind kind, int pageAmount)
    {
        var fields = new Dictionary<string, ExtractedField>(_fields, StringComparer.Ordinal);
        return new ExtractionResult(kind, fields, _rejected.Values.ToList(), ArchiveMetadata.From(fields, pageAmount));
    }
}
