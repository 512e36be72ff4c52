using System.Text.Json;
using Digitize.Jobs.Tests.Support;
using Xunit.Abstractions;

namespace Digitize.Jobs.Tests.Evaluation;

/// <summary>
/// The held-out set, generated here with another seed and other texts, agencies and people (never committed, never
/// used to choose a rule), read by <c>digitize eval</c> beside the development samples. The bounds are the figures
/// measured when the rules were last changed, with a small margin: a change that reads unseen pages worse fails here.
/// </summary>
[Collection("programs")]
public sealed class HeldOutEvalTests(ITestOutputHelper output)
{
    // Measured with `bash scripts/eval.sh` (README, "Measured figures"); the issue's goal is lower still (README, "Known limits").
    // 2026-11-26 (second session): CER 0.548 %, fields 92.1 % right and 2.0 % wrong (seed 2, 28 pages).
    // 2026-12-06 (third session): CER 0.504 %, fields unchanged.
    // 2026-12-07 (fourth session): CER 0.464 %, fields 92.8 % right and 2.0 % wrong.
    // 2026-12-07 (fifth session): CER 0.423 %, fields unchanged.
    // 2026-12-07 (sixth session): CER 0.410 %, fields 92.1 % right and 1.3 % wrong.
    // 2026-12-07 (seventh session): CER 0.336 %, fields unchanged.
    // 2026-12-07 (eighth session): CER 0.326 %, fields 92.8 % right and 1.3 % wrong.
    // 2026-12-07 (ninth session): CER 0.319 %, fields unchanged.
    // 2026-12-07 (tenth session): CER 0.302 %, fields 143 right / 2 wrong / 7 missing of 152 (94.1 % / 1.3 %).
    // 2026-12-08 (eleventh session): CER 0.313 %, fields unchanged.
    private const double MaxHeldOutCer = 0.0035;
    private const double MaxHeldOutWrongFields = 0.025;
    private const double MinHeldOutRightFields = 0.91;

    [Fact]
    public async Task Eval_ScoresTheDevelopmentAndAHeldOutSetSideBySide_AndTheHeldOutSetStaysWithinItsMeasuredBounds()
    {
        var work = Directory.CreateTempSubdirectory("digitize-heldout-");
        try
        {
            string heldOut = Path.Combine(work.FullName, "heldout");
            await Programs.RunToolAsync("/usr/bin/python3", Path.Combine(Programs.RepositoryRoot, "samples", "generator", "generate.py"),
                "--set", "heldout", "--seed", "2", "--out", heldOut);
            string samples = Path.Combine(Programs.RepositoryRoot, "samples");

            var eval = await Programs.RunAsync(Programs.Cli, new Dictionary<string, string>(), TimeSpan.FromMinutes(20),
                "eval", samples, heldOut, "--json");

            Assert.True(eval.ExitCode == 0, eval.Error);
            using var json = JsonDocument.Parse(eval.Output);
            var sets = json.RootElement.GetProperty("sets").EnumerateArray().ToList();
            Assert.Equal(["samples", "heldout"], sets.Select(s => s.GetProperty("overall").GetProperty("set").GetString()));
            foreach (var set in sets)
            {
                var overall = set.GetProperty("overall");
                var fields = set.GetProperty("fields");
                output.WriteLine($"{overall.GetProperty("set")}: {overall.GetProperty("pages")} pages, CER {overall.GetProperty("cer")}, " +
                    $"speckled or stamped {overall.GetProperty("speckledOrStampedCer")} (worst {overall.GetProperty("worstSpeckledOrStampedCer")}), " +
                    $"fields right {fields.GetProperty("rightRate")} wrong {fields.GetProperty("wrongRate")}");
            }
            var held = sets[1];
            Assert.Equal(28, held.GetProperty("overall").GetProperty("pages").GetInt32());
            Assert.True(held.GetProperty("overall").GetProperty("cer").GetDouble() <= MaxHeldOutCer);
            Assert.True(held.GetProperty("fields").GetProperty("wrongRate").GetDouble() <= MaxHeldOutWrongFields);
            Assert.True(held.GetProperty("fields").GetProperty("rightRate").GetDouble() >= MinHeldOutRightFields);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
