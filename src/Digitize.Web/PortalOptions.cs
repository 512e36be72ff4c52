using Microsoft.Extensions.Options;

namespace Digitize.Web;

/// <summary>The portal's settings (section <c>Portal</c>).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Largest upload (one request: several files or a zip), in MiB.</summary>
    public int MaxUploadMiB { get; set; } = 512;

    /// <summary>Largest an upload may grow to once its zips are unpacked, in MiB (zip bomb protection).</summary>
    public int MaxUnpackedMiB { get; set; } = 4096;

    /// <summary>Most entries one uploaded zip may have.</summary>
    public int MaxZipEntries { get; set; } = 10_000;

    /// <summary>
    /// How many times its compressed size one zip entry may inflate to. Scans hardly compress (JPEG, PDF: about 1:1,
    /// a TIFF of a white page some 20:1); a zip bomb inflates 1,000:1.
    /// </summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Sign-in attempts allowed per client address per minute (on top of the account lock-out).</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Failed passwords in a row before an account is locked, and for how many minutes.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Hours a signed-in session lasts without use.</summary>
    public int SessionHours { get; set; } = 8;

    /// <summary>
    /// True when the portal is reached only over HTTPS (directly or through a TLS proxy): cookies are then sent only over
    /// HTTPS and browsers are told to keep to it (HSTS). False for a plain-HTTP office intranet; cookies are still
    /// HttpOnly and SameSite=Strict.
    /// </summary>
    public bool RequireHttps { get; set; }

    public long MaxUploadBytes => MaxUploadMiB * 1024L * 1024L;
}

internal sealed class PortalOptionsValidation : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var errors = new List<string>();
        if (options.MaxUploadMiB is < 1 or > 16384)
        {
            errors.Add($"Portal:MaxUploadMiB is {options.MaxUploadMiB}; give 1 to 16384 (MiB)");
        }
        if (options.MaxUnpackedMiB is < 1 or > 1024 * 1024)
        {
            errors.Add($"Portal:MaxUnpackedMiB is {options.MaxUnpackedMiB}; give 1 to 1048576 (MiB)");
        }
        if (options.MaxZipEntries is < 1 or > 1_000_000)
        {
            errors.Add($"Portal:MaxZipEntries is {options.MaxZipEntries}; give 1 to 1000000");
        }
        if (options.MaxCompressionRatio is < 2 or > 10_000)
        {
            errors.Add($"Portal:MaxCompressionRatio is {options.MaxCompressionRatio}; give 2 to 10000");
        }
        if (options.SignInAttemptsPerMinute is < 1 or > 1000)
        {
            errors.Add($"Portal:SignInAttemptsPerMinute is {options.SignInAttemptsPerMinute}; give 1 to 1000");
        }
        if (options.LockoutAttempts is < 1 or > 100)
        {
            errors.Add($"Portal:LockoutAttempts is {options.LockoutAttempts}; give 1 to 100");
        }
        if (options.LockoutMinutes is < 1 or > 1440)
        {
            errors.Add($"Portal:LockoutMinutes is {options.LockoutMinutes}; give 1 to 1440");
        }
        if (options.SessionHours is < 1 or > 24 * 30)
        {
            errors.Add($"Portal:SessionHours is {options.SessionHours}; give 1 to 720");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
