using System.Text.Json;
using Digitize.Jobs.Tests.Support;
using Digitize.Signing.Tests.Support;
using Xunit.Abstractions;

namespace Digitize.Jobs.Tests.Pipeline;

/// <summary>
/// The sign stage through the real command: each key kind, each way a key can be unusable (the dossier fails at the
/// sign stage, once, with the cause and never a secret; retry signs it once fixed), and verify against the catalog.
/// </summary>
[Collection("programs")]
public sealed class SigningPipelineTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_wrong_PKCS12_password_fails_the_sign_stage_once_and_retry_signs_after_the_fix()
    {
        await using var run = await RunEnvironment.CreateAsync(production: false);
        string p12 = TestCertificates.WritePkcs12(_folder.Combine("agency.p12"), "đúng-mật-khẩu-4711",
            TestCertificates.CreateSelfSigned("Văn thư UBND tỉnh Hà Tĩnh"));
        var environment = With(run, ("Key", "Pkcs12"), ("Pkcs12__Path", p12), ("Pkcs12__Password", "sai-mật-khẩu-0815"));

        var ingest = await Programs.RunAsync(Programs.Cli, environment, Timeout, "ingest", OnePageDossier("Hồ sơ ký"), "--wait");
        var failed = await ShowAsync(run.Environment, "Hồ sơ ký");

        Assert.Equal(1, ingest.ExitCode);
        Assert.DoesNotContain("sai-mật-khẩu-0815", ingest.Output + ingest.Error + failed.GetRawText());
        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        var error = Assert.Single(failed.GetProperty("errors").EnumerateArray());
        Assert.Equal("sign", error.GetProperty("stage").GetString());
        Assert.Contains("Signing:Pkcs12:Password does not open", error.GetProperty("message").GetString());

        environment["DIGITIZE__Signing__Pkcs12__Password"] = "đúng-mật-khẩu-4711";
        var retry = await Programs.RunAsync(Programs.Cli, environment, Timeout, "retry", "Hồ sơ ký", "--wait");
        var signed = await ShowAsync(run.Environment, "Hồ sơ ký");
        output.WriteLine(retry.Output + retry.Error);

        Assert.Equal(0, retry.ExitCode);
        Assert.Equal("Completed", signed.GetProperty("status").GetString());
        var document = Assert.Single(signed.GetProperty("documents").EnumerateArray());
        Assert.Contains("Văn thư UBND tỉnh Hà Tĩnh", document.GetProperty("signature").GetProperty("signer").GetString());
        await AssertPdfsigValidAsync(document.GetProperty("pdf").GetString()!);
        Assert.Equal(0, (await Programs.RunAsync(Programs.Cli, run.Environment, Timeout, "verify", "Hồ sơ ký")).ExitCode);
    }

    public static TheoryData<string> UnusableKeys => ["wrong PIN", "token module missing", "expired certificate"];

    [Theory]
    [MemberData(nameof(UnusableKeys))]
    public async Task An_unusable_key_fails_the_dossier_at_the_sign_stage_with_its_cause_and_no_secret(string problem)
    {
        await using var run = await RunEnvironment.CreateAsync(production: false);
        var token = SoftHsmToken.Shared;
        var (environment, secret, cause) = problem switch
        {
            "wrong PIN" => (Pkcs11(run, token, pin: "9999-sai-pin-9999"), "9999-sai-pin-9999", "the PIN in Signing:Pkcs11:Pin was refused"),
            "token module missing" => (With(run, ("Key", "Pkcs11"), ("Pkcs11__Module", "/usr/lib/khong-co-token/libtoken.so"),
                ("Pkcs11__Pin", token.Pin)), token.Pin, "the PKCS#11 module /usr/lib/khong-co-token/libtoken.so does not exist"),
            _ => (With(run, ("Key", "Pkcs12"), ("Pkcs12__Path", TestCertificates.WritePkcs12(_folder.Combine("expired.p12"),
                "mật-khẩu-hết-hạn", TestCertificates.CreateExpired())), ("Pkcs12__Password", "mật-khẩu-hết-hạn")),
                "mật-khẩu-hết-hạn", "expired on 2024-01-01"),
        };

        var ingest = await Programs.RunAsync(Programs.Cli, environment, Timeout, "ingest", OnePageDossier("Khóa hỏng"), "--wait");
        var record = await ShowAsync(run.Environment, "Khóa hỏng");

        Assert.Equal(1, ingest.ExitCode);
        Assert.Equal("Failed", record.GetProperty("status").GetString());
        var error = Assert.Single(record.GetProperty("errors").EnumerateArray());
        Assert.Equal("sign", error.GetProperty("stage").GetString());
        Assert.Contains(cause, error.GetProperty("message").GetString());
        Assert.DoesNotContain(secret, ingest.Output + ingest.Error + record.GetRawText());
        Assert.All(record.GetProperty("documents").EnumerateArray(), d => Assert.False(d.TryGetProperty("signature", out _)));
    }

    [Fact]
    public async Task A_PKCS11_token_signs_the_pipeline_documents_and_verify_accepts_them()
    {
        await using var run = await RunEnvironment.CreateAsync(production: false);
        var token = SoftHsmToken.Shared;

        var ingest = await Programs.RunAsync(Programs.Cli, Pkcs11(run, token, token.Pin), Timeout, "ingest", OnePageDossier("Ký bằng token"), "--wait");
        var record = await ShowAsync(run.Environment, "Ký bằng token");
        var verify = await Programs.RunAsync(Programs.Cli, run.Environment, Timeout, "verify", "Ký bằng token");

        Assert.True(ingest.ExitCode == 0, ingest.Output + ingest.Error);
        var document = Assert.Single(record.GetProperty("documents").EnumerateArray());
        Assert.Contains("Digitize SoftHSM signer", document.GetProperty("signature").GetProperty("signer").GetString());
        await AssertPdfsigValidAsync(document.GetProperty("pdf").GetString()!);
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.DoesNotContain(token.Pin, ingest.Output + ingest.Error);
    }

    [Fact]
    public async Task Verify_reports_a_changed_file_and_a_file_replaced_by_one_signed_with_another_certificate()
    {
        await using var run = await RunEnvironment.CreateAsync(production: false);
        var ingest = await Programs.RunAsync(Programs.Cli, run.Environment, Timeout, "ingest", OnePageDossier("Kiểm tra"), "--wait");
        Assert.True(ingest.ExitCode == 0, ingest.Output + ingest.Error);
        string pdf = (await ShowAsync(run.Environment, "Kiểm tra")).GetProperty("documents")[0].GetProperty("pdf").GetString()!;
        byte[] original = File.ReadAllBytes(pdf);

        // Another agency's signature on the same scan: valid as a signature, but not the file the catalog recorded.
        string otherData = _folder.Combine("other-data");
        var other = await Programs.RunAsync(Programs.Cli, new Dictionary<string, string> { ["DIGITIZE__DataPath"] = otherData },
            Timeout, "ingest", OnePageDossier("Kiểm tra"), "--wait");
        Assert.True(other.ExitCode == 0, other.Output + other.Error);
        string otherPdf = Directory.GetFiles(otherData, "*.01.pdf", SearchOption.AllDirectories).Single();
        File.Copy(otherPdf, pdf, overwrite: true);
        var replaced = await Programs.RunAsync(Programs.Cli, run.Environment, Timeout, "verify", "Kiểm tra");
        var foreign = await Programs.RunAsync(Programs.Cli, run.Environment, Timeout, "verify", otherPdf);

        byte[] changed = original.ToArray();
        changed[changed.Length / 3] ^= 0x20;
        File.WriteAllBytes(pdf, changed);
        var tampered = await Programs.RunAsync(Programs.Cli, run.Environment, Timeout, "verify", pdf);

        File.WriteAllBytes(pdf, original);
        var intact = await Programs.RunAsync(Programs.Cli, run.Environment, Timeout, "verify", pdf);

        Assert.Equal(8, replaced.ExitCode);
        Assert.Contains("differs from the one signed", replaced.Output);
        Assert.Equal(8, foreign.ExitCode);
        Assert.Contains("no document in the catalog has this file's SHA-256", foreign.Output);
        Assert.Equal(8, tampered.ExitCode);
        Assert.Contains("FAIL signature", tampered.Output);
        Assert.True(intact.ExitCode == 0, intact.Output + intact.Error);
        Assert.Contains("VALID", intact.Output);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A batch folder holding one dossier folder <paramref name="label"/> of one page: signing is under test, not OCR.</summary>
    private string OnePageDossier(string label)
    {
        string batch = _folder.Combine(Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(batch, label));
        File.Copy(Path.Combine(Programs.RepositoryRoot, "samples", "dossiers", "HS-2023-0001", "page-03.jpg"),
            Path.Combine(batch, label, "page-01.jpg"));
        return batch;
    }

    private static Dictionary<string, string> With(RunEnvironment run, params (string Key, string Value)[] signing)
    {
        var environment = new Dictionary<string, string>(run.Environment);
        foreach (var (key, value) in signing)
        {
            environment["DIGITIZE__Signing__" + key] = value;
        }
        return environment;
    }

    private static Dictionary<string, string> Pkcs11(RunEnvironment run, SoftHsmToken token, string pin)
    {
        var environment = With(run, ("Key", "Pkcs11"), ("Pkcs11__Module", SoftHsmToken.ModulePath),
            ("Pkcs11__TokenLabel", token.TokenLabel), ("Pkcs11__KeyLabel", SoftHsmToken.KeyLabel), ("Pkcs11__Pin", pin));
        environment["SOFTHSM2_CONF"] = SoftHsmToken.ConfigurationFile;
        return environment;
    }

    private static async Task<JsonElement> ShowAsync(IReadOnlyDictionary<string, string> environment, string label)
    {
        var show = await Programs.RunAsync(Programs.Cli, environment, Timeout, "show", label, "--json");
        Assert.True(show.ExitCode == 0, show.Error);
        return JsonDocument.Parse(show.Output).RootElement.Clone();
    }

    private static async Task AssertPdfsigValidAsync(string pdf)
    {
        string report = await Programs.RunToolAsync("pdfsig", pdf);
        Assert.Contains("Signature Validation: Signature is Valid.", report);
        Assert.Contains("Total document signed", report);
    }
}
