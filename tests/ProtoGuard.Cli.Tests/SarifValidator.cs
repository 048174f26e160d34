using System.Text.Json;

namespace ProtoGuard.Cli.Tests;

/// <summary>
/// Checks a SARIF log against the structure of the SARIF 2.1.0 schema for every object ProtoGuard writes: required
/// properties, property names allowed there (the schema forbids others), value kinds and ranges, and the references
/// between objects (ruleIndex → tool.driver.rules, uriBaseId → run.originalUriBaseIds). Returns the problems found.
/// </summary>
internal static class SarifValidator
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["sarifLog"] = ["$schema", "version", "runs", "inlineExternalProperties", "properties"],
        ["run"] = ["tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses", "specialLocations", "properties"],
        ["tool"] = ["driver", "extensions", "properties"],
        ["toolComponent"] = ["guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"],
        ["reportingDescriptor"] = ["id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"],
        ["reportingConfiguration"] = ["enabled", "level", "rank", "parameters", "properties"],
        ["multiformatMessageString"] = ["text", "markdown", "properties"],
        ["invocation"] = ["commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode", "ruleConfigurationOverrides", "notificationConfigurationOverrides", "toolExecutionNotifications", "toolConfigurationNotifications", "exitCodeDescription", "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "executionSuccessful", "machine", "account", "processId", "executableLocation", "workingDirectory", "environmentVariables", "stdin", "stdout", "stderr", "stdoutStderr", "properties"],
        ["result"] = ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"],
        ["message"] = ["text", "markdown", "id", "arguments", "properties"],
        ["location"] = ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"],
        ["physicalLocation"] = ["address", "artifactLocation", "region", "contextRegion", "properties"],
        ["artifactLocation"] = ["uri", "uriBaseId", "index", "description", "properties"],
        ["region"] = ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"],
        ["fix"] = ["description", "artifactChanges", "properties"],
        ["artifactChange"] = ["artifactLocation", "replacements", "properties"],
        ["replacement"] = ["deletedRegion", "insertedContent", "properties"],
        ["artifactContent"] = ["text", "binary", "rendered", "properties"],
    };

    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    public static IReadOnlyList<string> Validate(JsonElement log)
    {
        var problems = new List<string>();
        Object(log, "sarifLog", "$", problems, "version", "runs");
        if (log.TryGetProperty("version", out var version) && version.GetString() != "2.1.0")
        {
            problems.Add("$.version: must be \"2.1.0\"");
        }

        var runIndex = 0;
        foreach (var run in Array(log, "runs", "$", problems, minItems: 1))
        {
            var path = $"$.runs[{runIndex++}]";
            Object(run, "run", path, problems, "tool");
            var baseIds = new HashSet<string>(StringComparer.Ordinal);
            if (run.TryGetProperty("originalUriBaseIds", out var bases))
            {
                foreach (var entry in bases.EnumerateObject())
                {
                    baseIds.Add(entry.Name);
                    Object(entry.Value, "artifactLocation", $"{path}.originalUriBaseIds.{entry.Name}", problems);
                    var uri = Prop(entry.Value, "uri").ToString() ?? string.Empty;
                    if (!Uri.TryCreate(uri, UriKind.Absolute, out _) || !uri.EndsWith('/'))
                    {
                        problems.Add($"{path}.originalUriBaseIds.{entry.Name}.uri: must be an absolute URI ending with '/'");
                    }
                }
            }

            if (run.TryGetProperty("columnKind", out var columnKind) && columnKind.GetString() is not ("utf16CodeUnits" or "unicodeCodePoints"))
            {
                problems.Add($"{path}.columnKind: not a column kind");
            }

            var driver = Prop(Prop(run, "tool"), "driver");
            Object(Prop(run, "tool"), "tool", path + ".tool", problems, "driver");
            Object(driver, "toolComponent", path + ".tool.driver", problems, "name");
            var ruleIds = new List<string>();
            foreach (var rule in Array(driver, "rules", path + ".tool.driver", problems, minItems: 0))
            {
                var rulePath = $"{path}.tool.driver.rules[{ruleIds.Count}]";
                Object(rule, "reportingDescriptor", rulePath, problems, "id");
                ruleIds.Add(Prop(rule, "id").ToString());
                if (rule.TryGetProperty("helpUri", out var help) && !Uri.TryCreate(help.GetString(), UriKind.Absolute, out _))
                {
                    problems.Add($"{rulePath}.helpUri: not an absolute URI");
                }

                foreach (var name in new[] { "shortDescription", "fullDescription" })
                {
                    if (rule.TryGetProperty(name, out var description))
                    {
                        Object(description, "multiformatMessageString", $"{rulePath}.{name}", problems, "text");
                    }
                }

                if (rule.TryGetProperty("defaultConfiguration", out var configuration))
                {
                    Object(configuration, "reportingConfiguration", rulePath + ".defaultConfiguration", problems);
                    Level(configuration, rulePath + ".defaultConfiguration", problems);
                }
            }

            if (run.TryGetProperty("invocations", out _))
            {
                var invocationIndex = 0;
                foreach (var invocation in Array(run, "invocations", path, problems, minItems: 0))
                {
                    Object(invocation, "invocation", $"{path}.invocations[{invocationIndex++}]", problems, "executionSuccessful");
                }
            }

            var resultIndex = 0;
            foreach (var result in Array(run, "results", path, problems, minItems: 0))
            {
                var resultPath = $"{path}.results[{resultIndex++}]";
                Object(result, "result", resultPath, problems, "message");
                if (result.TryGetProperty("message", out var message))
                {
                    Object(message, "message", resultPath + ".message", problems, "text");
                }
                Level(result, resultPath, problems);
                if (result.TryGetProperty("ruleIndex", out var ruleIndex))
                {
                    var index = ruleIndex.GetInt32();
                    if (index < -1 || index >= ruleIds.Count || (index >= 0 && ruleIds[index] != Prop(result, "ruleId").ToString()))
                    {
                        problems.Add($"{resultPath}.ruleIndex: does not point at rule '{Prop(result, "ruleId")}' in tool.driver.rules");
                    }
                }

                var locationIndex = 0;
                foreach (var location in Array(result, "locations", resultPath, problems, minItems: 0))
                {
                    var locationPath = $"{resultPath}.locations[{locationIndex++}]";
                    Object(location, "location", locationPath, problems);
                    var physical = Prop(location, "physicalLocation");
                    Object(physical, "physicalLocation", locationPath + ".physicalLocation", problems, "artifactLocation");
                    ArtifactLocation(Prop(physical, "artifactLocation"), locationPath + ".physicalLocation.artifactLocation", baseIds, problems);
                    if (physical.ValueKind == JsonValueKind.Object && physical.TryGetProperty("region", out var region))
                    {
                        Region(region, locationPath + ".physicalLocation.region", problems);
                    }
                }

                if (result.TryGetProperty("fixes", out _))
                {
                    var fixIndex = 0;
                    foreach (var fix in Array(result, "fixes", resultPath, problems, minItems: 0))
                    {
                        var fixPath = $"{resultPath}.fixes[{fixIndex++}]";
                        Object(fix, "fix", fixPath, problems, "artifactChanges");
                        var changeIndex = 0;
                        foreach (var change in Array(fix, "artifactChanges", fixPath, problems, minItems: 1))
                        {
                            var changePath = $"{fixPath}.artifactChanges[{changeIndex++}]";
                            Object(change, "artifactChange", changePath, problems, "artifactLocation", "replacements");
                            ArtifactLocation(Prop(change, "artifactLocation"), changePath + ".artifactLocation", baseIds, problems);
                            var replacementIndex = 0;
                            foreach (var replacement in Array(change, "replacements", changePath, problems, minItems: 1))
                            {
                                var replacementPath = $"{changePath}.replacements[{replacementIndex++}]";
                                Object(replacement, "replacement", replacementPath, problems, "deletedRegion");
                                Region(Prop(replacement, "deletedRegion"), replacementPath + ".deletedRegion", problems);
                                if (replacement.TryGetProperty("insertedContent", out var inserted))
                                {
                                    Object(inserted, "artifactContent", replacementPath + ".insertedContent", problems);
                                }
                            }
                        }
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>The property, or an undefined element when it is missing (the missing property is reported where it is required).</summary>
    private static JsonElement Prop(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static void Object(JsonElement element, string kind, string path, List<string> problems, params string[] required)
    {
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: a {kind} must be an object");
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!Allowed[kind].Contains(property.Name))
            {
                problems.Add($"{path}.{property.Name}: not a property of {kind}");
            }
        }

        foreach (var name in required)
        {
            if (!element.TryGetProperty(name, out _))
            {
                problems.Add($"{path}: {kind} requires '{name}'");
            }
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name, string path, List<string> problems, int minItems)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{path}.{name}: must be an array");
            return [];
        }

        if (array.GetArrayLength() < minItems)
        {
            problems.Add($"{path}.{name}: needs at least {minItems} item(s)");
        }

        return array.EnumerateArray().ToArray();
    }

    private static void Level(JsonElement element, string path, List<string> problems)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("level", out var level) && !Levels.Contains(level.GetString()))
        {
            problems.Add($"{path}.level: '{level.GetString()}' is not none, note, warning or error");
        }
    }

    private static void ArtifactLocation(JsonElement location, string path, HashSet<string> baseIds, List<string> problems)
    {
        Object(location, "artifactLocation", path, problems, "uri");
        if (location.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (!Uri.TryCreate(Prop(location, "uri").ToString(), UriKind.RelativeOrAbsolute, out _))
        {
            problems.Add($"{path}.uri: not a URI reference");
        }

        if (location.TryGetProperty("uriBaseId", out var baseId) && !baseIds.Contains(baseId.GetString() ?? string.Empty))
        {
            problems.Add($"{path}.uriBaseId: '{baseId.GetString()}' is not in run.originalUriBaseIds");
        }
    }

    private static void Region(JsonElement region, string path, List<string> problems)
    {
        Object(region, "region", path, problems);
        if (region.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var (name, minimum) in new[] { ("startLine", 1), ("startColumn", 1), ("endLine", 1), ("endColumn", 1), ("charOffset", 0), ("charLength", 0) })
        {
            if (region.TryGetProperty(name, out var value) && (value.ValueKind != JsonValueKind.Number || value.GetInt32() < minimum))
            {
                problems.Add($"{path}.{name}: must be an integer >= {minimum}");
            }
        }

        if (region.TryGetProperty("startLine", out var start) && region.TryGetProperty("endLine", out var end) && end.GetInt32() < start.GetInt32())
        {
            problems.Add($"{path}: endLine is before startLine");
        }
    }
}
