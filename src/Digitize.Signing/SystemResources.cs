using Digitize.Core.Errors;
using Digitize.Signing.Fonts;

namespace Digitize.Signing;

/// <summary>
/// Files the Debian packages installed by scripts/setup.sh provide: the stamp's font (fonts-liberation2: Liberation
/// Serif, metric-compatible with Times New Roman, which the decree names) and the sRGB profile of the PDF/A output
/// intent (icc-profiles-free).
/// </summary>
internal static class SystemResources
{
    public const string StampFontPath = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";
    public const string SrgbProfilePath = "/usr/share/color/icc/sRGB.icc";

    private static readonly Lazy<TrueTypeFont> Font = new(() => TrueTypeFont.Load(Existing(StampFontPath, "fonts-liberation2")));
    private static readonly Lazy<byte[]> Srgb = new(() => File.ReadAllBytes(Existing(SrgbProfilePath, "icc-profiles-free")));

    public static TrueTypeFont StampFont => Font.Value;

    public static byte[] SrgbProfile => Srgb.Value;

    private static string Existing(string path, string package) => File.Exists(path) ? path
        : throw new MissingDependencyException($"{path} is missing: install the Debian package {package} (scripts/setup.sh does)");
}
