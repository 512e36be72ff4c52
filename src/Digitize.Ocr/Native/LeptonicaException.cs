using Digitize.Core.Errors;

namespace Digitize.Ocr.Native;

/// <summary>A Leptonica image operation failed on a page that had decoded; carries the native function's name.</summary>
public sealed class LeptonicaException : DigitizeException
{
    public LeptonicaException(string nativeFunction, string detail)
        : base($"Leptonica {nativeFunction} failed: {detail}")
    {
        NativeFunction = nativeFunction;
    }

    public string NativeFunction { get; }

    // Image processing is part of the OCR engine's work as far as a user or an operator is concerned.
    public override DigitizeExitCode ExitCode => DigitizeExitCode.OcrEngine;

    // The page decoded, so its data is sane: a rotation, scaling or write that then fails has, in practice, run out
    // of memory (or disk), which another attempt later may not. A page that cannot be decoded is a
    // CorruptImageException instead, which is permanent.
    public override bool IsPermanent => false;
}
