using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Digitize.Signing.Keys;

/// <summary>
/// A PKCS#11 module loaded once per process and never finalized, with a count of logged-in keys per slot.
/// </summary>
/// <remarks>
/// C_Initialize and the login state belong to the process, not to a session: disposing one Pkcs11Interop library
/// calls C_Finalize and kills every other key's session, and C_Logout logs out every session on the token. So the
/// library stays loaded until the process ends (vendor modules expect that), and a key logs out only when it is the
/// last key logged in on its slot.
/// </remarks>
internal sealed class Pkcs11Module
{
    private static readonly Dictionary<string, Pkcs11Module> Loaded = new(StringComparer.Ordinal);
    private static readonly Lock LoadedLock = new();

    private readonly Dictionary<ulong, int> loginsBySlot = [];
    private readonly Lock loginsLock = new();

    private Pkcs11Module(string path, Pkcs11InteropFactories factories, IPkcs11Library library)
    {
        Path = path;
        Factories = factories;
        Library = library;
    }

    public string Path { get; }

    public Pkcs11InteropFactories Factories { get; }

    public IPkcs11Library Library { get; }

    static Pkcs11Module() => Native.Pkcs11InteropLoader.MapLibdl();

    /// <summary>The module at <paramref name="path"/>, loading and initialising it on first use.</summary>
    /// <exception cref="Exception">Whatever loading throws (DllNotFoundException, Pkcs11Exception…); a failure is not cached.</exception>
    public static Pkcs11Module Get(string path)
    {
        lock (LoadedLock)
        {
            if (!Loaded.TryGetValue(path, out var module))
            {
                var factories = new Pkcs11InteropFactories();
                var library = factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, path, AppType.MultiThreaded);
                module = new Pkcs11Module(path, factories, library);
                Loaded.Add(path, module);
            }

            return module;
        }
    }

    /// <summary>Logs the user in on <paramref name="session"/>'s token, counting the key as logged in.</summary>
    /// <param name="pin">Null for a token with its own PIN pad (protected authentication path).</param>
    /// <exception cref="Pkcs11Exception">The token refused the PIN.</exception>
    public void Login(ISession session, ulong slotId, byte[]? pin)
    {
        lock (loginsLock)
        {
            try
            {
                session.Login(CKU.CKU_USER, pin);
            }
            catch (Pkcs11Exception ex) when (ex.RV == CKR.CKR_USER_ALREADY_LOGGED_IN)
            {
                // Another key of this process is logged in on the token: the login is shared, so this key is too.
            }

            loginsBySlot[slotId] = loginsBySlot.GetValueOrDefault(slotId) + 1;
        }
    }

    /// <summary>Logs out of the token if no other key of this process is still logged in on it.</summary>
    public void Logout(ISession session, ulong slotId)
    {
        lock (loginsLock)
        {
            var remaining = loginsBySlot.GetValueOrDefault(slotId) - 1;
            if (remaining > 0)
            {
                loginsBySlot[slotId] = remaining;
                return;
            }

            loginsBySlot.Remove(slotId);
            try
            {
                session.Logout();
            }
            catch (Pkcs11Exception)
            {
                // A token pulled out or already logged out: nothing left to undo.
            }
        }
    }
}
