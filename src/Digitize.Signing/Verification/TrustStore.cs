using System.Security.Cryptography.X509Certificates;
using Digitize.Core.Errors;

namespace Digitize.Signing.Verification;

/// <summary>The trusted root certificates of <c>Signing:TrustStore</c>: every .cer, .crt, .pem and .der file in the folder.</summary>
public static class TrustStore
{
    private static readonly string[] Extensions = [".cer", ".crt", ".pem", ".der"];

    /// <returns>The certificates, or null when no trust store is configured.</returns>
    /// <exception cref="ConfigurationException">A file in the folder is not a certificate.</exception>
    public static X509Certificate2Collection? Load(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return null;
        }
        var roots = new X509Certificate2Collection();
        foreach (string file in Directory.EnumerateFiles(folder).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())))
        {
            try
            {
                // A .pem may hold a whole bundle of CA certificates; the other forms hold one.
                if (Path.GetExtension(file).Equals(".pem", StringComparison.OrdinalIgnoreCase))
                {
                    roots.ImportFromPemFile(file);
                }
                else
                {
                    roots.Add(X509CertificateLoader.LoadCertificateFromFile(file));
                }
            }
            catch (System.Security.Cryptography.CryptographicException e)
            {
                throw new ConfigurationException($"Signing:TrustStore: {file} is not a certificate ({e.Message})", e);
            }
        }
        return roots;
    }
}
