using Digitize.Web.Uploads;

namespace Digitize.Web.Tests.Uploads;

public sealed class FileSignatureTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, UploadKind.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, UploadKind.Png)]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00 }, UploadKind.Tiff)]
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A }, UploadKind.Tiff)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, UploadKind.Pdf)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, UploadKind.Zip)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, UploadKind.Unknown)]   // a Windows program
    [InlineData(new byte[] { 0x23, 0x21, 0x2F, 0x62 }, UploadKind.Unknown)]   // #!/b
    [InlineData(new byte[] { 0xFF, 0xD8 }, UploadKind.Unknown)]
    public void Detect_GoesByContent(byte[] head, UploadKind expected) => Assert.Equal(expected, FileSignature.Detect(head));
}
