namespace Digitize.Core.Extraction;

/// <summary>A field read from a document: its contract name, its NFC value and how sure the extractor is (0–1).</summary>
public sealed record ExtractedField
{
    /// <exception cref="ArgumentException">The name or the value is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The confidence is not between 0 and 1.</exception>
    public ExtractedField(string name, string value, double confidence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (double.IsNaN(confidence) || confidence < 0 || confidence > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be between 0 and 1");
        }
        Name = name;
        Value = value;
        Confidence = confidence;
    }

    public string Name { get; }

    public string Value { get; }

    public double Confidence { get; }
}
