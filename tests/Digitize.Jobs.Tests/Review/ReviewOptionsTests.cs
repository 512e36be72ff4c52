using Digitize.Jobs.Tests.Support;

namespace Digitize.Jobs.Tests.Review;

/// <summary>The Review settings are checked at start, like every other section.</summary>
public sealed class ReviewOptionsTests
{
    [Theory]
    [InlineData("MinConfidence", "1.5", "Review:MinConfidence '1.5': use a number above 0 and at most 1")]
    [InlineData("CropDpi", "1200", "Review:CropDpi '1200': use a resolution from 50 to 300")]
    public async Task StartUp_StopsWithAMessageNamingTheSetting_WhenAReviewSettingIsOutOfRange(string key, string value, string message)
    {
        string data = Directory.CreateTempSubdirectory("digitize-review-config-").FullName;
        try
        {
            var (code, _, stderr) = await Programs.RunAsync(Programs.Cli, new Dictionary<string, string>
            {
                ["DIGITIZE__DataPath"] = data,
                ["DIGITIZE__Review__" + key] = value,
            }, TimeSpan.FromMinutes(1), "status");

            Assert.Equal(7, code);
            Assert.Contains(message, stderr);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
