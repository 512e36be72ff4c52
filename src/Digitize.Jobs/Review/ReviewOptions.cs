using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Review;

/// <summary>The <c>Review</c> settings section.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>
    /// A key field read with a lower confidence (0–1) waits for a person. Fields below 0.5 are rejected by the extractor
    /// already; this catches those read but unsure.
    /// </summary>
    public double MinConfidence { get; set; } = 0.8;

    /// <summary>Resolution of the field crops in dpi: legible handwriting without sending a whole scan.</summary>
    public int CropDpi { get; set; } = 150;
}

internal sealed class ReviewOptionsValidation : IValidateOptions<ReviewOptions>
{
    public const int MinCropDpi = 50;
    public const int MaxCropDpi = 300;

    public ValidateOptionsResult Validate(string? name, ReviewOptions options)
    {
        var failures = new List<string>();
        if (double.IsNaN(options.MinConfidence) || options.MinConfidence <= 0 || options.MinConfidence > 1)
        {
            failures.Add($"Review:MinConfidence '{options.MinConfidence}': use a number above 0 and at most 1, e.g. 0.8");
        }
        if (options.CropDpi is < MinCropDpi or > MaxCropDpi)
        {
            failures.Add($"Review:CropDpi '{options.CropDpi}': use a resolution from {MinCropDpi} to {MaxCropDpi}");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
