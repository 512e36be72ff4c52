using System.Runtime.InteropServices;

namespace Digitize.Ocr.Native;

internal static partial class Interop
{
    /// <summary>Leptonica (liblept.so.5) declarations, named exactly like the C exports.</summary>
    internal static partial class Leptonica
    {
        /// <summary>Values of Leptonica's image file format enum (imageio.h).</summary>
        internal enum ImageFileFormat
        {
            Unknown = 0, Bmp = 1, JfifJpeg = 2, Png = 3, Tiff = 4, TiffPackbits = 5, TiffRle = 6,
            TiffG3 = 7, TiffG4 = 8, TiffLzw = 9, TiffZip = 10, Pnm = 11, Ps = 12, Gif = 13, Jp2 = 14,
            Webp = 15, Lpdf = 16, TiffJpeg = 17, Default = 18, Spix = 19,
        }

        internal const int SeverityNone = 6;

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int setMsgSeverity(int newsev);

        [LibraryImport(Libraries.Leptonica, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int pixReadHeader(string filename, out ImageFileFormat pformat, out int pw, out int ph,
            out int pbps, out int pspp, out int piscmap);

        [LibraryImport(Libraries.Leptonica, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial SafePixHandle pixRead(string filename);

        [LibraryImport(Libraries.Leptonica, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial SafePixHandle pixReadTiff(string filename, int n);

        [LibraryImport(Libraries.Leptonica, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial SafeLeptonicaFileHandle fopenReadStream(string filename);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int lept_fclose(nint fp);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int tiffGetCount(SafeLeptonicaFileHandle fp, out int pn);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial void pixDestroy(ref nint ppix);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixGetWidth(SafePixHandle pix);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixGetHeight(SafePixHandle pix);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixGetDepth(SafePixHandle pix);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixGetXRes(SafePixHandle pix);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixSetResolution(SafePixHandle pix, int xres, int yres);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixRemoveColormap(SafePixHandle pixs, int type);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixConvertTo8(SafePixHandle pixs, int cmapflag);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixRotateOrth(SafePixHandle pixs, int quads);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixScale(SafePixHandle pixs, float scalex, float scaley);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixDeskewGeneral(SafePixHandle pixs, int redsweep, float sweeprange,
            float sweepdelta, int redsearch, int thresh, out float pangle, out float pconf);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixCleanBackgroundToWhite(SafePixHandle pixs, nint pixim, nint pixg, float gamma,
            int blackval, int whiteval);

        [LibraryImport(Libraries.Leptonica, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int pixWrite(string fname, SafePixHandle pix, ImageFileFormat format);

        /// <summary>L_STANDARD_DEVIATION of Leptonica's statistics enum (pix.h).</summary>
        internal const int StandardDeviation = 6;

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixGetAverageMasked(SafePixHandle pixs, nint pixm, int x, int y, int factor, int type,
            out float pval);

        [LibraryImport(Libraries.Leptonica, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int readHeaderTiff(string filename, int n, out int pw, out int ph, out int pbps, out int pspp,
            out int pres, out int pcmap, out int pformat);

        [LibraryImport(Libraries.Leptonica, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int pixWriteJpeg(string filename, SafePixHandle pix, int quality, int progressive);
        /// <summary>L_CHOOSE_MAXDIFF of Leptonica's min/max selection enum (pix.h): max − min of R, G, B.</summary>
        internal const int ChooseMaxDiff = 3;

        /// <summary>PIX_SET and PIX_CLR of Leptonica's rasterop codes (pix.h).</summary>
        internal const int PixSet = 0xf, PixClr = 0x0;

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixBackgroundNormSimple(SafePixHandle pixs, nint pixim, nint pixg);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixGammaTRC(nint pixd, SafePixHandle pixs, float gamma, int minval, int maxval);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixConvertRGBToGrayMinMax(SafePixHandle pixs, int type);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixConvertRGBToLuminance(SafePixHandle pixs);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixThresholdToBinary(SafePixHandle pixs, int thresh);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixOr(nint pixd, SafePixHandle pixs1, SafePixHandle pixs2);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixSubtract(nint pixd, SafePixHandle pixs1, SafePixHandle pixs2);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixDilateBrick(nint pixd, SafePixHandle pixs, int hsize, int vsize);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixOpenBrick(nint pixd, SafePixHandle pixs, int hsize, int vsize);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixInvert(nint pixd, SafePixHandle pixs);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixSetMasked(SafePixHandle pixd, SafePixHandle pixm, uint val);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixCountPixels(SafePixHandle pixs, out int pcount, nint tab8);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixScaleByIntSampling(SafePixHandle pixs, int factor);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafePixHandle pixCopy(nint pixd, SafePixHandle pixs);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixGetRankValue(SafePixHandle pixs, int factor, float rank, out uint pvalue);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixEqual(SafePixHandle pix1, SafePixHandle pix2, out int psame);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial SafeBoxaHandle pixConnCompBB(SafePixHandle pixs, int connectivity);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int boxaGetCount(SafeBoxaHandle boxa);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int boxaGetBoxGeometry(SafeBoxaHandle boxa, int index, out int px, out int py, out int pw,
            out int ph);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial void boxaDestroy(ref nint pboxa);

        [LibraryImport(Libraries.Leptonica)]
        internal static partial int pixRasterop(SafePixHandle pixd, int dx, int dy, int dw, int dh, int op, nint pixs,
            int sx, int sy);
    }
}
