using Digitize.Core.Errors;

namespace Digitize.Ocr.Engine;

/// <summary>A call into Tesseract failed; carries the native function and its result code.</summary>
public sealed class OcrEngineException : DigitizeException
{
    public OcrEngineException(string nativeFunction, int code, string detail)
        : base($"Tesseract {nativeFunction} failed (code {code}): {detail}")
    {
        NativeFunction = nativeFunction;
        Code = code;
    }

    public string NativeFunction { get; }

    public int Code { get; }

    public override DigitizeExitCode ExitCode => DigitizeExitCode.OcrEngine;

    // An engine hiccup (out of memory, a failed allocation while recognising) may pass when the page is tried again;
    // a model that is not installed is a MissingDependencyException instead, which is permanent.
    public override bool IsPermanent => false;
}
