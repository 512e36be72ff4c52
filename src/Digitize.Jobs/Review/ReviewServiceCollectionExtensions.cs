using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Review;

public static class ReviewServiceCollectionExtensions
{
    /// <summary>
    /// The review queue (<see cref="IReviewQueue"/>, section <c>Review</c>, checked at start). Needs AddCatalog,
    /// AddSigning and AddSearch; <see cref="Hosting.DigitizeHost"/> adds it to every host.
    /// </summary>
    public static IServiceCollection AddReview(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReviewOptions>, ReviewOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IReviewQueue, ReviewQueue>();
        return services;
    }
}
