using System.CommandLine;
using Digitize.Catalog.Accounts;
using Digitize.Cli.Output;
using Digitize.Core.Errors;
using Digitize.Core.Search;
using Digitize.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize users add|passwd|list</c>: the portal's accounts. The first Admin is made here, so the portal never
/// ships with a password. A password is typed twice at a terminal (not echoed) or read from standard input.
/// </summary>
internal static class UsersCommand
{
    private static readonly Argument<string> Name = new("name") { Description = "The user name to sign in with" };

    private static readonly Option<AccountRole> Role = new("--role")
    {
        Description = "Admin, ArchiveStaff or Official",
        Required = true,
    };

    private static readonly Option<Confidentiality> Clearance = new("--clearance")
    {
        Description = "The highest confidentiality the user may read: Public (default), Mat, ToiMat, TuyetMat",
        DefaultValueFactory = _ => Confidentiality.Public,
    };

    private static readonly Option<string?> DisplayName = new("--display-name") { Description = "The person's name, as shown in the portal" };

    private static readonly Option<bool> PasswordStdin = new("--password-stdin")
    {
        Description = "Read the password from the first line of standard input (for scripts)",
    };

    public static Command Create()
    {
        var add = new Command("add", "Make an account") { Name, Role, Clearance, DisplayName, PasswordStdin };
        add.SetAction(AddAsync);
        var passwd = new Command("passwd", "Set an account's password (also ends a lock-out)") { Name, PasswordStdin };
        passwd.SetAction(PasswdAsync);
        var list = new Command("list", "List the accounts");
        list.SetAction(ListAsync);
        return new Command("users", "The web portal's accounts") { add, passwd, list };
    }

    private static async Task<int> AddAsync(ParseResult parse, CancellationToken ct)
    {
        string password = ReadPassword(parse);
        using var host = await GlobalOptions.StartAccountsHostAsync(parse, ct);
        using var scope = host.Services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().CreateAsync(parse.GetValue(Name)!,
            password, parse.GetValue(Role), parse.GetValue(Clearance), parse.GetValue(DisplayName), ct);
        Console.WriteLine($"account {account.UserName} made: {account.Role}, clearance {account.Clearance}");
        return (int)DigitizeExitCode.Ok;
    }

    private static async Task<int> PasswdAsync(ParseResult parse, CancellationToken ct)
    {
        string password = ReadPassword(parse);
        using var host = await GlobalOptions.StartAccountsHostAsync(parse, ct);
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AccountAdministration>().SetPasswordAsync(parse.GetValue(Name)!, password, ct);
        Console.WriteLine($"password of {parse.GetValue(Name)} set");
        return (int)DigitizeExitCode.Ok;
    }

    private static async Task<int> ListAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = await GlobalOptions.StartAccountsHostAsync(parse, ct);
        using var scope = host.Services.CreateScope();
        foreach (var account in await scope.ServiceProvider.GetRequiredService<AccountAdministration>().ListAsync(ct))
        {
            string locked = account.LockoutEnd > DateTimeOffset.UtcNow ? "  (locked)" : "";
            Console.WriteLine($"{account.UserName}\t{account.Role}\t{account.Clearance}\t{account.DisplayName}{locked}");
        }
        return (int)DigitizeExitCode.Ok;
    }

    private static string ReadPassword(ParseResult parse)
    {
        if (parse.GetValue(PasswordStdin))
        {
            return Console.In.ReadLine() is { Length: > 0 } line ? line : throw new BadArgumentsException("--password-stdin: standard input is empty");
        }
        if (Console.IsInputRedirected || !Terminal.ErrorIsInteractive)
        {
            throw new BadArgumentsException("no terminal to type the password at: give it on standard input with --password-stdin");
        }
        string first = Terminal.Error.Prompt(new TextPrompt<string>("Mật khẩu (password):").Secret());
        string second = Terminal.Error.Prompt(new TextPrompt<string>("Nhập lại (again):").Secret());
        return first == second ? first : throw new BadArgumentsException("the two passwords differ");
    }
}
