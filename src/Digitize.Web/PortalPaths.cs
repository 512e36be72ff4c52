namespace Digitize.Web;

/// <summary>The portal's fixed addresses.</summary>
public static class PortalPaths
{
    public const string SignIn = "/Account/Login";
    public const string SignOut = "/Account/Logout";
    public const string AccessDenied = "/Account/Denied";
    public const string Dashboard = "/hangfire";
    public const string Api = "/api";
    public const string Health = "/health";
    public const string OpenApi = "/openapi/v1.json";
}
