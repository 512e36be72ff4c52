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

/// <summary>A conformance theory, skipped like <see cref="ConformanceFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Digitize.Search.Tests.Conformance.ConformanceTheoryDiscoverer", "Digitize.Search.Tests")]
public sealed class ConformanceTheoryAttribute : TheoryAttribute;

public sealed class ConformanceFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _facts = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo factAttribute) =>
        ConformanceSkip.Reason(testMethod) is { } reason
            ? [ConformanceSkip.Case(diagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : _facts.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class ConformanceTheoryDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly TheoryDiscoverer _theories = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo theoryAttribute) =>
        ConformanceSkip.Reason(testMethod) is { } reason
            ? [ConformanceSkip.Case(diagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : _theories.Discover(discoveryOptions, testMethod, theoryAttribute);
}

internal static class ConformanceSkip
{
    /// <summary>The test class's static <c>SkipReason</c>, when it has one that is not null.</summary>
    public static string? Reason(ITestMethod testMethod) =>
        testMethod.TestClass.Class.ToRuntimeType()
            ?.GetProperty("SkipReason", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            ?.GetValue(null) as string;

    public static IXunitTestCase Case(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, string reason) =>
        new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod, reason);
}
