namespace Digitize.Signing.Verification;

/// <summary>One thing <c>verify</c> checked, and what it found.</summary>
/// <param name="Passed">False fails the verification; a check that could not be made (no trust store) passes with a note.</param>
public sealed record VerificationCheck(string Name, bool Passed, string Detail);

/// <summary>One signature in the file: who signed, when, at which PAdES level, and each check.</summary>
public sealed record SignatureReport(string Signer, string Thumbprint, DateTimeOffset? SignedAt, string Level,
    IReadOnlyList<VerificationCheck> Checks)
{
    public bool IsValid => Checks.All(c => c.Passed);
}

/// <summary>What <c>digitize verify</c> found in one file.</summary>
public sealed record VerificationReport(string File, string Sha256, IReadOnlyList<SignatureReport> Signatures,
    IReadOnlyList<VerificationCheck> FileChecks)
{
    public bool IsValid => Signatures.Count > 0 && Signatures.All(s => s.IsValid) && FileChecks.All(c => c.Passed);

    /// <summary>The same report with one more file-level check (the catalog comparison is made by the caller).</summary>
    public VerificationReport With(VerificationCheck check) => this with { FileChecks = [.. FileChecks, check] };
}
