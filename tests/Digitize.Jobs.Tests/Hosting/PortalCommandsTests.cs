using Digitize.Jobs.Tests.Support;

namespace Digitize.Jobs.Tests.Hosting;

/// <summary>The portal's accounts come only from someone who types a password: nothing is built in.</summary>
public sealed class PortalCommandsTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task UsersAdd_WithoutATerminalOrPasswordStdin_RefusesToMakeAnAccount_AndNoneExists()
    {
        string data = Directory.CreateTempSubdirectory("digitize-users-").FullName;
        try
        {
            var environment = new Dictionary<string, string> { ["DIGITIZE__DataPath"] = data };

            var (code, _, stderr) = await Programs.RunAsync(Programs.Cli, environment, Limit, "users", "add", "admin", "--role", "Admin");
            var (listCode, list, _) = await Programs.RunAsync(Programs.Cli, environment, Limit, "users", "list");

            Assert.Equal(2, code);
            Assert.Contains("--password-stdin", stderr, StringComparison.Ordinal);
            Assert.Equal(0, listCode);
            Assert.Equal("", list.Trim());   // a fresh catalog has no account, Admin or other
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task ApikeysAdd_RefusesAnAdministratorKey()
    {
        string data = Directory.CreateTempSubdirectory("digitize-keys-").FullName;
        try
        {
            var (code, stdout, stderr) = await Programs.RunAsync(Programs.Cli, new Dictionary<string, string> { ["DIGITIZE__DataPath"] = data },
                Limit, "apikeys", "add", "mot-cua", "--role", "Admin");

            Assert.Equal(2, code);
            Assert.Contains("cannot be an administrator", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("dgz_", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
