using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ProtoGuard.Schema.Tests.Linking;

/// <summary>
/// Compares two messages field by field through Google.Protobuf reflection and returns the path of the first
/// difference (e.g. <c>message_type[2].field[0].json_name: "fooBar" != "foo_bar"</c>), or null when equal.
/// Unknown fields (custom options) are compared through the serialized bytes of the message that holds them.
/// </summary>
internal static class DescriptorComparer
{
    public static string? FirstDifference(IMessage expected, IMessage actual) => Compare(expected, actual, string.Empty);

    private static string? Compare(IMessage expected, IMessage actual, string path)
    {
        foreach (var field in expected.Descriptor.Fields.InFieldNumberOrder())
        {
            var fieldPath = path.Length == 0 ? field.Name : path + "." + field.Name;
            var expectedValue = field.Accessor.GetValue(expected);
            var actualValue = field.Accessor.GetValue(actual);
            if (field.IsRepeated)
            {
                var expectedList = (IList)expectedValue;
                var actualList = (IList)actualValue;
                for (var i = 0; i < Math.Min(expectedList.Count, actualList.Count); i++)
                {
                    var difference = CompareValue(expectedList[i]!, actualList[i]!, $"{fieldPath}[{i}]");
                    if (difference != null)
                    {
                        return difference;
                    }
                }

                if (expectedList.Count != actualList.Count)
                {
                    return $"{fieldPath}: protoc has {expectedList.Count} element(s), ProtoGuard {actualList.Count}";
                }

                continue;
            }

            var expectedHas = field.HasPresence ? field.Accessor.HasValue(expected) : !IsDefault(expectedValue);
            var actualHas = field.HasPresence ? field.Accessor.HasValue(actual) : !IsDefault(actualValue);
            if (expectedHas != actualHas)
            {
                return $"{fieldPath}: protoc {(expectedHas ? "sets " + Render(expectedValue) : "does not set it")}, ProtoGuard {(actualHas ? "sets " + Render(actualValue) : "does not set it")}";
            }

            if (expectedHas)
            {
                var difference = CompareValue(expectedValue, actualValue, fieldPath);
                if (difference != null)
                {
                    return difference;
                }
            }
        }

        var expectedBytes = expected.ToByteString();
        var actualBytes = actual.ToByteString();
        return expectedBytes.Equals(actualBytes)
            ? null
            : $"{(path.Length == 0 ? "(root)" : path)}: unknown fields differ: protoc {Hex(expectedBytes)} ProtoGuard {Hex(actualBytes)}";
    }

    private static string? CompareValue(object expected, object actual, string path)
    {
        if (expected is IMessage expectedMessage)
        {
            return Compare(expectedMessage, (IMessage)actual, path);
        }

        return Equals(expected, actual) ? null : $"{path}: protoc {Render(expected)} != ProtoGuard {Render(actual)}";
    }

    private static bool IsDefault(object value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        ByteString bytes => bytes.IsEmpty,
        bool boolean => !boolean,
        Enum enumValue => Convert.ToInt64(enumValue) == 0,
        IConvertible number => Convert.ToDouble(number) == 0,
        _ => false,
    };

    private static string Render(object value) => value is string text ? "\"" + text + "\"" : value is ByteString bytes ? Hex(bytes) : value?.ToString() ?? "null";

    private static string Hex(ByteString bytes) => bytes.Length > 200 ? Convert.ToHexString(bytes.Span[..200]) + "..." : Convert.ToHexString(bytes.Span);
}
