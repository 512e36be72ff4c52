using System.CommandLine;
using Digitize.Catalog.Accounts;
using Digitize.Core.Errors;
using Digitize.Core.Search;
using Digitize.Web.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize apikeys add|list|revoke</c>: keys for other government systems calling the REST API. A new key is printed
/// once, on standard output; the catalog keeps only its SHA-256.
/// </summary>
internal static class ApiKeysCommand
{
    private static readonly Argument<string> Name = new("name") { Description = "The client system's name, e.g. mot-cua-tinh" };

    private static readonly Option<AccountRole> Role = new("--role")
    {
        Description = "What the system may do: Official (search and read, default) or ArchiveStaff (also submit dossiers)",
        DefaultValueFactory = _ => AccountRole.Official,
    };

    private static readonly Option<Confidentiality> Clearance = new("--clearance")
    {
        Description = "The highest confidentiality it may read: Public (default), Mat, ToiMat, TuyetMat",
        DefaultValueFactory = _ => Confidentiality.Public,
    };

    public static Command Create()
    {
        var add = new Command("add", "Make a key for a client system and print it (once)") { Name, Role, Clearance };
        add.SetAction(AddAsync);
        var list = new Command("list", "List the client systems");
        list.SetAction(ListAsync);
        var revoke = new Command("revoke", "Revoke a client system's key") { Name };
        revoke.SetAction(RevokeAsync);
        return new Command("apikeys", "API keys of the client systems that call the REST API") { add, list, revoke };
    }

    private static async Task<int> AddAsync(ParseResult parse, CancellationToken ct)
    {
        var role = parse.GetValue(Role);
        if (role == AccountRole.Admin)
        {
            throw new BadArgumentsException("--role Admin: a client system cannot be an administrator; give Official or ArchiveStaff");
        }
        using var host = await GlobalOptions.StartAccountsHostAsync(parse, ct);
        string key = await host.Services.GetRequiredService<ApiKeyIssuer>().IssueAsync(parse.GetValue(Name)!, role,
            parse.GetValue(Clearance), ct);
        Console.Error.WriteLine("the key is shown only now; give it to the client system (header X-Api-Key):");
        Console.WriteLine(key);
        return (int)DigitizeExitCode.Ok;
    }

    private static async Task<int> ListAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = await GlobalOptions.StartAccountsHostAsync(parse, ct);
        foreach (var client in await host.Services.GetRequiredService<ApiKeyIssuer>().ListAsync(ct))
        {
            string state = client.IsRevoked ? $"revoked {client.RevokedAt:yyyy-MM-dd}" : "active";
            Console.WriteLine($"{client.Name}\t{client.Role}\t{client.Clearance}\t{state}");
        }
        return (int)DigitizeExitCode.Ok;
    }

    private static async Task<int> RevokeAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = await GlobalOptions.StartAccountsHostAsync(parse, ct);
        await host.Services.GetRequiredService<ApiKeyIssuer>().RevokeAsync(parse.GetValue(Name)!, ct);
        Console.WriteLine($"key of {parse.GetValue(Name)} revoked");
        return (int)DigitizeExitCode.Ok;
    }
}
