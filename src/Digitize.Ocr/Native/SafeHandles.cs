using System.Runtime.InteropServices;

namespace Digitize.Ocr.Native;

/// <summary>Owns a Leptonica PIX; released with pixDestroy.</summary>
internal sealed class SafePixHandle : SafeHandle
{
    public SafePixHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        nint pix = handle;
        Interop.Leptonica.pixDestroy(ref pix);
        return true;
    }
}

/// <summary>Owns a Leptonica BOXA (an array of boxes); released with boxaDestroy.</summary>
internal sealed class SafeBoxaHandle : SafeHandle
{
    public SafeBoxaHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        nint boxa = handle;
        Interop.Leptonica.boxaDestroy(ref boxa);
        return true;
    }
}

/// <summary>Owns a TessBaseAPI; released with TessBaseAPIDelete.</summary>
internal sealed class SafeTessBaseApiHandle : SafeHandle
{
    public SafeTessBaseApiHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        Interop.Tesseract.TessBaseAPIDelete(handle);
        return true;
    }
}

/// <summary>Owns a TessResultIterator; released with TessResultIteratorDelete.</summary>
internal sealed class SafeTessResultIteratorHandle : SafeHandle
{
    public SafeTessResultIteratorHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        Interop.Tesseract.TessResultIteratorDelete(handle);
        return true;
    }
}

/// <summary>Owns a TessResultRenderer; released with TessDeleteResultRenderer.</summary>
internal sealed class SafeTessResultRendererHandle : SafeHandle
{
    public SafeTessResultRendererHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        Interop.Tesseract.TessDeleteResultRenderer(handle);
        return true;
    }
}

/// <summary>Owns a C FILE* opened by Leptonica (fopenReadStream); released with lept_fclose.</summary>
internal sealed class SafeLeptonicaFileHandle : SafeHandle
{
    public SafeLeptonicaFileHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle() => Interop.Leptonica.lept_fclose(handle) == 0;
}
