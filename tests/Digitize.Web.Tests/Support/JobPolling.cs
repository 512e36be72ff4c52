using System.Net.Http.Json;
using System.Text.Json;

namespace Digitize.Web.Tests.Support;

/// <summary>Follows <c>GET /api/jobs/{id}</c> until the dossier is Completed or Failed.</summary>
internal static class JobPolling
{
    public static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient client, string jobUrl, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(jobUrl);
            if (job.GetProperty("status").GetString() is "Completed" or "Failed" || DateTime.UtcNow > deadline)
            {
                return job;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}
