using Digitize.Core.Text;

namespace Digitize.Core.Search;

/// <summary>
/// A document's "độ mật" mark, and a reader's clearance on the same scale: a reader sees a document whose level is at
/// most their clearance. Unmarked documents are <see cref="Public"/>.
/// </summary>
public enum Confidentiality
{
    Public = 0,
    /// <summary>MẬT</summary>
    Mat = 1,
    /// <summary>TỐI MẬT</summary>
    ToiMat = 2,
    /// <summary>TUYỆT MẬT</summary>
    TuyetMat = 3,
}

public static class ConfidentialityMarks
{
    /// <summary>The level of the extracted <c>confidentiality</c> field ("Mật", "Tối mật", "Tuyệt mật"); Public when absent.</summary>
    public static Confidentiality FromField(string? mark) => SearchText.Fold(mark ?? "") switch
    {
        "tuyet mat" => Confidentiality.TuyetMat,
        "toi mat" => Confidentiality.ToiMat,
        "mat" => Confidentiality.Mat,
        _ => Confidentiality.Public,
    };
}
