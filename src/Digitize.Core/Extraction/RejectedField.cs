namespace Digitize.Core.Extraction;

/// <summary>
/// A field the document seems to carry but that was left out because what was read failed validation
/// (a wrong value is worse than a missing one); the reason lets a person fill it in. Reasons start with
/// <see cref="Handwritten"/> (the value slot is written by hand or blank in print) or <see cref="Unsure"/>
/// (read below the confidence threshold, or a cross-check failed), then a short explanation.
/// </summary>
public sealed record RejectedField
{
    /// <summary>The reason's opening when the value on paper is hand-written, or its slot is blank in print.</summary>
    public const string Handwritten = "handwritten: ";

    /// <summary>The reason's opening when what was read is too uncertain or contradicts another field.</summary>
    public const string Unsure = "unsure: ";

    /// <exception cref="ArgumentException">The name or the reason is empty.</exception>
    public RejectedField(string name, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Name = name;
        Reason = reason;
    }

    public string Name { get; }

    public string Reason { get; }

    public override string ToString() => $"{Name}: {Reason}";
}
