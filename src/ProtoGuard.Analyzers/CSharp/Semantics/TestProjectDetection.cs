using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProtoGuard.Analyzers.CSharp.Semantics;

/// <summary>
/// Whether the compilation is a test project: MSBuild's <c>IsTestProject</c> property when the project sets it
/// (ProtoGuard.props makes it compiler-visible; Microsoft.NET.Test.Sdk sets it to true), else a reference to a test
/// framework (xunit, xunit v3, NUnit, MSTest, TUnit). Calls there mostly go to an in-memory TestServer or a mock.
/// </summary>
internal static class TestProjectDetection
{
    public const string IsTestProjectProperty = "build_property.IsTestProject";

    public static bool IsTestProject(Compilation compilation, AnalyzerConfigOptions globalOptions)
    {
        if (globalOptions.TryGetValue(IsTestProjectProperty, out var value) && bool.TryParse(value.Trim(), out var isTestProject))
        {
            return isTestProject;
        }

        foreach (var reference in compilation.ReferencedAssemblyNames)
        {
            switch (reference.Name)
            {
                case "xunit.core":
                case "xunit.v3.core":
                case "nunit.framework":
                case "Microsoft.VisualStudio.TestPlatform.TestFramework":
                case "TUnit.Core":
                    return true;
            }
        }

        return false;
    }
}
