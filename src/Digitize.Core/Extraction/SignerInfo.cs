namespace Digitize.Core.Extraction;

/// <summary>SignerInfo of the archive metadata: the signer's printed position and full name (either may be unknown).</summary>
public sealed record SignerInfo(string? Position, string? FullName);
