using Xunit.Abstractions;
using Xunit.Sdk;

namespace Digitize.Search.Tests.Conformance;

/// <summary>
/// A conformance test: run on every backend's subclass, except where the subclass names a reason to skip (a static
/// <c>SkipReason</c> property that is not null, e.g. no Elasticsearch cluster configured); the reason is shown with
/// each skipped test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Digitize.Search.Tests.Conformance.ConformanceFactDiscoverer", "Digitize.Search.Tests")]
public sealed class ConformanceFactAttribute : FactAttribute;

public sealed class ConformanceFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _facts = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo factAttribute)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        string? reason = type?.GetProperty("SkipReason", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            ?.GetValue(null) as string;
        return reason is null
            ? _facts.Discover(discoveryOptions, testMethod, factAttribute)
            : [new XunitSkippedDataRowTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}
