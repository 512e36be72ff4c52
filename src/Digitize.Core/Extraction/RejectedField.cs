namespace Digitize.Core.Extraction;

/// <summary>
/// A field the document seems to carry but that was left out because what was read failed validation
/// (a wrong value is worse than a missing one); the reason lets a person fill it in.
/// </summary>
public sealed record RejectedField
{
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
