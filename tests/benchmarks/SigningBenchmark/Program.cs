using System.Diagnostics;
using Digitize.Signing;
using Digitize.Signing.Archival;
using Digitize.Signing.Keys;
using Digitize.Signing.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

// signing-benchmark FOLDER [ROUNDS]: signs every searchable PDF under FOLDER, ROUNDS times, with each key kind, one
// document after another (as the sign stage does within a dossier), and prints documents per second.
string folder = args.Length > 0 ? args[0] : throw new ArgumentException("usage: signing-benchmark FOLDER [ROUNDS]");
int rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var inputs = Directory.GetFiles(folder, "*.searchable.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
if (inputs.Count == 0)
{
    Console.Error.WriteLine($"no *.searchable.pdf under {folder}");
    return 1;
}

using var work = new TempFolder();
string p12Password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
string p12 = TestCertificates.WritePkcs12(work.Combine("agency.p12"), p12Password,
    TestCertificates.CreateSelfSigned("Văn thư benchmark"));
var token = SoftHsmToken.Create();
var keys = new (string Name, SigningOptions Options)[]
{
    ("PKCS#12 (RSA-2048, software)", new SigningOptions { Key = SigningKeyKind.Pkcs12, Pkcs12 = { Path = p12, Password = p12Password } }),
    ("PKCS#11 (SoftHSM2 token)", new SigningOptions { Key = SigningKeyKind.Pkcs11, Pkcs11 = token.Options() }),
};

Console.WriteLine($"{inputs.Count} documents, {rounds} rounds each, one at a time");
Console.WriteLine($"{"key",-32} {"documents",10} {"seconds",9} {"docs/s",8} {"ms/doc",8}");
foreach (var (name, options) in keys)
{
    var source = new SigningKeySource(options, work.Path, NullLogger<SigningKeySource>.Instance);
    using var signer = new DocumentSigner(options, source, null, TimeProvider.System);
    await SignAllAsync(signer, inputs, work);   // opens the key (token login) and warms up the code: not timed
    var clock = Stopwatch.StartNew();
    for (int round = 0; round < rounds; round++)
    {
        await SignAllAsync(signer, inputs, work);
    }
    double seconds = clock.Elapsed.TotalSeconds;
    int documents = inputs.Count * rounds;
    Console.WriteLine($"{name,-32} {documents,10} {seconds,9:0.00} {documents / seconds,8:0.0} {1000 * seconds / documents,8:0}");
}
return 0;

static async Task SignAllAsync(DocumentSigner signer, IEnumerable<string> inputs, TempFolder work)
{
    foreach (string input in inputs)
    {
        var metadata = new ArchivalMetadata("Quyết định", "1/QĐ-UBND", null, null, null);
        await signer.SignAsync(input, work.Combine("signed.pdf"), metadata, "benchmark", work.Path, CancellationToken.None);
    }
}
