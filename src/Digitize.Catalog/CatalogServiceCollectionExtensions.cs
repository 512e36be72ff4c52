using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Digitize.Catalog;

/// <summary>Registers the catalog in a host's container.</summary>
public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="CatalogSettings"/> (section <c>Catalog</c>, top-level <c>DataPath</c>), checks them when the host
    /// starts, and registers one <see cref="CatalogDatabase"/> with <see cref="IWorkQueue"/>, <see cref="IRecordStore"/>,
    /// <see cref="ICatalogQueries"/>, <see cref="Review.IReviewStore"/>, and the portal's accounts, client systems and audit
    /// log over it, all singletons. The schema is migrated on first use.
    /// </summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CatalogSettings>().Configure(settings => settings.BindFrom(configuration)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CatalogSettings>, CatalogSettingsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<CatalogSettings>>().Value.ToOptions());
        services.TryAddSingleton(provider => new CatalogDatabase(provider.GetRequiredService<CatalogOptions>()));
        services.TryAddSingleton<IWorkQueue>(provider => new SqlWorkQueue(provider.GetRequiredService<CatalogDatabase>()));
        services.TryAddSingleton<IRecordStore>(provider => new SqlRecordStore(provider.GetRequiredService<CatalogDatabase>()));
        services.TryAddSingleton<ICatalogQueries>(provider => new SqlCatalogQueries(provider.GetRequiredService<CatalogDatabase>()));
        services.TryAddSingleton<Accounts.IAccountStore>(provider => new Accounts.SqlAccountStore(provider.GetRequiredService<CatalogDatabase>()));
        services.TryAddSingleton<Accounts.IApiClientStore>(provider => new Accounts.SqlApiClientStore(provider.GetRequiredService<CatalogDatabase>()));
        services.TryAddSingleton<Audit.IAuditLog>(provider => new Audit.SqlAuditLog(provider.GetRequiredService<CatalogDatabase>()));
        services.TryAddSingleton<Review.IReviewStore>(provider => new Review.SqlReviewStore(provider.GetRequiredService<CatalogDatabase>()));
        return services;
    }
}
