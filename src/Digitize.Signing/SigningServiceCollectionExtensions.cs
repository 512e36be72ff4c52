using Digitize.Core.Archive;
using Digitize.Signing.Keys;
using Digitize.Signing.Timestamps;
using Digitize.Signing.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Digitize.Signing;

public static class SigningServiceCollectionExtensions
{
    /// <summary>
    /// Signing (configuration section <c>Signing</c>): the key source, the timestamp authority when one is set, the
    /// document signer and the verifier. The key itself is opened when the first document is signed, so that a wrong
    /// password or an unplugged token fails that dossier's sign stage (and <c>retry</c> picks up the fix) rather than
    /// the whole host.
    /// </summary>
    public static IServiceCollection AddSigning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SigningOptions>().Bind(configuration.GetSection(SigningOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SigningOptions>, SigningOptionsValidation>();
        services.AddSingleton<ISigningKeySource>(provider => new SigningKeySource(Options(provider),
            provider.GetRequiredService<DataFolder>().Root, provider.GetRequiredService<ILogger<SigningKeySource>>()));
        services.AddSingleton(provider => new DocumentSigner(Options(provider), provider.GetRequiredService<ISigningKeySource>(),
            Timestamps(Options(provider)), TimeProvider.System));
        services.AddSingleton(provider => new SignatureVerifier(TrustStore.Load(Options(provider).TrustStore)));
        return services;
    }

    private static SigningOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<SigningOptions>>().Value;

    private static Rfc3161TimestampClient? Timestamps(SigningOptions options) => options.TimestampUrl is { Length: > 0 } url
        ? new Rfc3161TimestampClient(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, new Uri(url))
        : null;

    /// <summary>Checks the <c>Signing</c> section's form at start; whether the key opens is checked when signing.</summary>
    private sealed class SigningOptionsValidation : IValidateOptions<SigningOptions>
    {
        private static readonly string[] CopyForms = ["SAO Y", "SAO LỤC", "TRÍCH SAO"];

        public ValidateOptionsResult Validate(string? name, SigningOptions options)
        {
            var failures = new List<string>();
            if (!Enum.IsDefined(options.Key))
            {
                failures.Add($"Signing:Key '{options.Key}': use Development, Pkcs12 or Pkcs11");
            }
            if (!CopyForms.Contains(options.CopyForm.Normalize(System.Text.NormalizationForm.FormC)))
            {
                failures.Add($"Signing:CopyForm '{options.CopyForm}': use one of {string.Join(", ", CopyForms)}");
            }
            if (options.TimestampUrl is { Length: > 0 } url
                && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                failures.Add("Signing:TimestampUrl: give an absolute http or https URL of an RFC 3161 timestamp authority");
            }
            if (options.TrustStore is { Length: > 0 } store && !Directory.Exists(store))
            {
                failures.Add($"Signing:TrustStore '{store}' is not a folder");
            }
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
