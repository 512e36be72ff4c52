using System.Formats.Asn1;
using System.Text;

namespace Digitize.Signing.Timestamps;

/// <summary>
/// The PKIStatusInfo at the head of a TimeStampResp (RFC 3161 §2.4.2). Read before .NET's <c>ProcessResponse</c>
/// because that one reports a refusal by number only and drops the authority's own explanation.
/// </summary>
internal sealed class TimestampResponseStatus
{
    private TimestampResponseStatus(PkiStatus status, string? text, PkiFailureInfo failure)
    {
        Status = status;
        Text = text;
        Failure = failure;
    }

    public PkiStatus Status { get; }

    /// <summary>The authority's statusString (PKIFreeText), its lines joined; null when it sent none.</summary>
    public string? Text { get; }

    public PkiFailureInfo Failure { get; }

    public bool IsGranted => Status is PkiStatus.Granted or PkiStatus.GrantedWithMods;

    /// <exception cref="AsnContentException">The bytes do not start with a TimeStampResp.</exception>
    public static TimestampResponseStatus Read(ReadOnlyMemory<byte> response)
    {
        // BER is a superset of DER: a sloppy refusal still gets its text shown; ProcessResponse enforces DER later.
        var timeStampResp = new AsnReader(response, AsnEncodingRules.BER).ReadSequence();
        AsnReader statusInfo = timeStampResp.ReadSequence();

        var status = statusInfo.TryReadInt32(out int number)
            ? (PkiStatus)number
            : throw new AsnContentException("The PKIStatus is not a small integer.");

        string? text = null;
        if (statusInfo.HasData && statusInfo.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            AsnReader freeText = statusInfo.ReadSequence();
            var lines = new StringBuilder();
            while (freeText.HasData)
                lines.Append(lines.Length == 0 ? "" : " / ").Append(freeText.ReadCharacterString(UniversalTagNumber.UTF8String));
            text = lines.ToString();
        }

        var failure = statusInfo.HasData ? statusInfo.ReadNamedBitListValue<PkiFailureInfo>() : PkiFailureInfo.None;
        return new TimestampResponseStatus(status, text, failure);
    }

    /// <summary>For example <c>Rejection (BadAlg): "unsupported hash"</c>.</summary>
    public override string ToString()
    {
        var description = new StringBuilder(Status.ToString());
        if (Failure != PkiFailureInfo.None)
            description.Append(" (").Append(Failure).Append(')');
        if (!string.IsNullOrWhiteSpace(Text))
            description.Append(": \"").Append(Text).Append('"');
        return description.ToString();
    }
}

/// <summary>PKIStatus (RFC 3161 §2.4.2).</summary>
internal enum PkiStatus
{
    Granted = 0,
    GrantedWithMods = 1,
    Rejection = 2,
    Waiting = 3,
    RevocationWarning = 4,
    RevocationNotification = 5,
}

/// <summary>PKIFailureInfo (RFC 3161 §2.4.2): bit n of the BIT STRING is flag <c>1 &lt;&lt; n</c>.</summary>
[Flags]
internal enum PkiFailureInfo
{
    None = 0,
    BadAlg = 1 << 0,
    BadRequest = 1 << 2,
    BadDataFormat = 1 << 5,
    TimeNotAvailable = 1 << 14,
    UnacceptedPolicy = 1 << 15,
    UnacceptedExtension = 1 << 16,
    AddInfoNotAvailable = 1 << 17,
    SystemFailure = 1 << 25,
}
