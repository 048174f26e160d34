using System.Collections.Generic;
using System.Linq;

namespace ProtoGuard.Rules.Catalog;

/// <summary>
/// The breaking-change rules (PG2xxx): one per non-deprecated buf v2 breaking rule, with buf's id and categories.
/// A separate class from <see cref="RuleCatalog"/> so that its static fields are initialized before
/// <see cref="RuleCatalog.All"/> reads them.
/// </summary>
public static class BreakingRuleCatalog
{
    private const string File = "FILE";
    private const string Package = "PACKAGE";
    private const string WireJson = "WIRE_JSON";
    private const string Wire = "WIRE";
    public static readonly RuleDescriptor FileNoDelete = Breaking(
        RuleIdentifiers.FileNoDelete,
        "FILE_NO_DELETE",
        new[] { File },
        title: "A .proto file was deleted",
        messageFormat: "The file '{0}' was deleted; code generated from it and imports of it break, and its types disappear for old clients; keep the file and deprecate its contents",
        description: "Deleting a .proto file deletes everything in it for every consumer: generated classes, imports of the file and the types it declares. Keep the file; deprecate what should no longer be used.");

    public static readonly RuleDescriptor FileSamePackage = Breaking(
        RuleIdentifiers.FileSamePackage,
        "FILE_SAME_PACKAGE",
        new[] { File, Package, WireJson, Wire },
        title: "A file's package changed",
        messageFormat: "The package of '{0}' changed from '{1}' to '{2}'; every full name in the file changes, so old clients call services that no longer exist and cannot decode its messages in Any; keep the package and put new types in new files",
        description: "The package is part of the full name of every message, enum and service in the file: gRPC method paths, Any type URLs and generated namespaces all change with it. Old clients call methods that no longer exist.");

    public static readonly RuleDescriptor FileSameSyntax = Breaking(
        RuleIdentifiers.FileSameSyntax,
        "FILE_SAME_SYNTAX",
        new[] { File, Package },
        title: "A file's syntax changed",
        messageFormat: "The syntax of '{0}' changed from '{1}' to '{2}'; field presence, enum openness, UTF-8 validation and JSON behaviour change for the file's fields and generated code; keep the syntax, or migrate to editions with features that keep the old behaviour",
        description: "proto2, proto3 and editions differ in field presence, closed vs open enums, default values, UTF-8 validation and JSON support. Changing the syntax silently changes how every field of the file behaves for old and new clients.");

    public static readonly RuleDescriptor FileSameCcEnableArenas = Breaking(
        RuleIdentifiers.FileSameCcEnableArenas,
        "FILE_SAME_CC_ENABLE_ARENAS",
        new[] { File, Package },
        title: "File option cc_enable_arenas changed",
        messageFormat: "File option 'cc_enable_arenas' changed from '{0}' to '{1}'; generated C++ code changes its arena support; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "cc_enable_arenas changes the generated C++ API. C++ code built against the old generated code stops compiling or behaves differently.");

    public static readonly RuleDescriptor FileSameCcGenericServices = Breaking(
        RuleIdentifiers.FileSameCcGenericServices,
        "FILE_SAME_CC_GENERIC_SERVICES",
        new[] { File, Package },
        title: "File option cc_generic_services changed",
        messageFormat: "File option 'cc_generic_services' changed from '{0}' to '{1}'; generated C++ service classes appear or disappear; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "cc_generic_services decides whether protoc generates generic C++ service classes; changing it adds or removes generated code that callers may use.");

    public static readonly RuleDescriptor FileSameCsharpNamespace = Breaking(
        RuleIdentifiers.FileSameCsharpNamespace,
        "FILE_SAME_CSHARP_NAMESPACE",
        new[] { File, Package },
        title: "File option csharp_namespace changed",
        messageFormat: "File option 'csharp_namespace' changed from '{0}' to '{1}'; the generated C# types move to another namespace and every reference to them breaks; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "csharp_namespace is the namespace of the generated C# classes. Changing it moves every message, enum and service class, so all C# code that uses them stops compiling.");

    public static readonly RuleDescriptor FileSameGoPackage = Breaking(
        RuleIdentifiers.FileSameGoPackage,
        "FILE_SAME_GO_PACKAGE",
        new[] { File, Package },
        title: "File option go_package changed",
        messageFormat: "File option 'go_package' changed from '{0}' to '{1}'; the generated Go code moves to another import path and every import of it breaks; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "go_package is the import path of the generated Go package. Changing it breaks every Go import of the generated code.");

    public static readonly RuleDescriptor FileSameJavaGenericServices = Breaking(
        RuleIdentifiers.FileSameJavaGenericServices,
        "FILE_SAME_JAVA_GENERIC_SERVICES",
        new[] { File, Package },
        title: "File option java_generic_services changed",
        messageFormat: "File option 'java_generic_services' changed from '{0}' to '{1}'; generated Java service classes appear or disappear; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "java_generic_services decides whether protoc generates generic Java service classes; changing it adds or removes generated code.");

    public static readonly RuleDescriptor FileSameJavaMultipleFiles = Breaking(
        RuleIdentifiers.FileSameJavaMultipleFiles,
        "FILE_SAME_JAVA_MULTIPLE_FILES",
        new[] { File, Package },
        title: "File option java_multiple_files changed",
        messageFormat: "File option 'java_multiple_files' changed from '{0}' to '{1}'; generated Java classes move between nested classes of the outer class and top-level classes, breaking every import; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "java_multiple_files decides whether generated Java classes are nested in the outer class or top-level; changing it changes every class name Java code imports.");

    public static readonly RuleDescriptor FileSameJavaOuterClassname = Breaking(
        RuleIdentifiers.FileSameJavaOuterClassname,
        "FILE_SAME_JAVA_OUTER_CLASSNAME",
        new[] { File, Package },
        title: "File option java_outer_classname changed",
        messageFormat: "File option 'java_outer_classname' changed from '{0}' to '{1}'; the generated Java outer class is renamed, breaking every reference; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "java_outer_classname names the generated Java outer class; renaming it breaks Java code that references it.");

    public static readonly RuleDescriptor FileSameJavaPackage = Breaking(
        RuleIdentifiers.FileSameJavaPackage,
        "FILE_SAME_JAVA_PACKAGE",
        new[] { File, Package },
        title: "File option java_package changed",
        messageFormat: "File option 'java_package' changed from '{0}' to '{1}'; generated Java classes move to another package, breaking every import; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "java_package is the package of the generated Java classes; changing it breaks every Java import of them.");

    public static readonly RuleDescriptor FileSameObjcClassPrefix = Breaking(
        RuleIdentifiers.FileSameObjcClassPrefix,
        "FILE_SAME_OBJC_CLASS_PREFIX",
        new[] { File, Package },
        title: "File option objc_class_prefix changed",
        messageFormat: "File option 'objc_class_prefix' changed from '{0}' to '{1}'; every generated Objective-C class is renamed; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "objc_class_prefix prefixes every generated Objective-C class name; changing it renames them all.");

    public static readonly RuleDescriptor FileSameOptimizeFor = Breaking(
        RuleIdentifiers.FileSameOptimizeFor,
        "FILE_SAME_OPTIMIZE_FOR",
        new[] { File, Package },
        title: "File option optimize_for changed",
        messageFormat: "File option 'optimize_for' changed from '{0}' to '{1}'; generated C++ and Java code changes its base classes (LITE_RUNTIME drops descriptors and reflection); keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "optimize_for changes the generated C++ and Java code: LITE_RUNTIME messages have no descriptors or reflection, CODE_SIZE ones are slower. Code using the removed API breaks.");

    public static readonly RuleDescriptor FileSamePhpClassPrefix = Breaking(
        RuleIdentifiers.FileSamePhpClassPrefix,
        "FILE_SAME_PHP_CLASS_PREFIX",
        new[] { File, Package },
        title: "File option php_class_prefix changed",
        messageFormat: "File option 'php_class_prefix' changed from '{0}' to '{1}'; every generated PHP class is renamed; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "php_class_prefix prefixes generated PHP class names; changing it renames them.");

    public static readonly RuleDescriptor FileSamePhpMetadataNamespace = Breaking(
        RuleIdentifiers.FileSamePhpMetadataNamespace,
        "FILE_SAME_PHP_METADATA_NAMESPACE",
        new[] { File, Package },
        title: "File option php_metadata_namespace changed",
        messageFormat: "File option 'php_metadata_namespace' changed from '{0}' to '{1}'; the generated PHP metadata classes move to another namespace; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "php_metadata_namespace is the namespace of the generated PHP metadata classes; changing it moves them.");

    public static readonly RuleDescriptor FileSamePhpNamespace = Breaking(
        RuleIdentifiers.FileSamePhpNamespace,
        "FILE_SAME_PHP_NAMESPACE",
        new[] { File, Package },
        title: "File option php_namespace changed",
        messageFormat: "File option 'php_namespace' changed from '{0}' to '{1}'; generated PHP classes move to another namespace; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "php_namespace is the namespace of the generated PHP classes; changing it breaks PHP code that uses them.");

    public static readonly RuleDescriptor FileSamePyGenericServices = Breaking(
        RuleIdentifiers.FileSamePyGenericServices,
        "FILE_SAME_PY_GENERIC_SERVICES",
        new[] { File, Package },
        title: "File option py_generic_services changed",
        messageFormat: "File option 'py_generic_services' changed from '{0}' to '{1}'; generated Python service classes appear or disappear; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "py_generic_services decides whether protoc generates generic Python service classes; changing it adds or removes generated code.");

    public static readonly RuleDescriptor FileSameRubyPackage = Breaking(
        RuleIdentifiers.FileSameRubyPackage,
        "FILE_SAME_RUBY_PACKAGE",
        new[] { File, Package },
        title: "File option ruby_package changed",
        messageFormat: "File option 'ruby_package' changed from '{0}' to '{1}'; generated Ruby classes move to another module; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "ruby_package is the module of the generated Ruby classes; changing it breaks Ruby code that uses them.");

    public static readonly RuleDescriptor FileSameSwiftPrefix = Breaking(
        RuleIdentifiers.FileSameSwiftPrefix,
        "FILE_SAME_SWIFT_PREFIX",
        new[] { File, Package },
        title: "File option swift_prefix changed",
        messageFormat: "File option 'swift_prefix' changed from '{0}' to '{1}'; every generated Swift type is renamed; keep '{0}', or accept the change into the baseline only when every consumer regenerates at once",
        description: "swift_prefix prefixes generated Swift type names; changing it renames them.");

    public static readonly RuleDescriptor PackageNoDelete = Breaking(
        RuleIdentifiers.PackageNoDelete,
        "PACKAGE_NO_DELETE",
        new[] { Package },
        title: "A package was deleted",
        messageFormat: "The package '{0}' was deleted; every type and service in it disappears for old clients (wire, JSON and generated code); keep the package and deprecate what is no longer used",
        description: "Deleting every file of a package deletes all its messages, enums and services for every consumer.");

    public static readonly RuleDescriptor PackageEnumNoDelete = Breaking(
        RuleIdentifiers.PackageEnumNoDelete,
        "PACKAGE_ENUM_NO_DELETE",
        new[] { Package },
        title: "An enum was deleted from its package",
        messageFormat: "The enum '{0}' was deleted from package '{1}'; generated code that uses it breaks and fields of that type lose their meaning; keep the enum (moving it to another file of the package is fine)",
        description: "With the PACKAGE category types may move between the files of a package, but not leave it: the enum's full name must still exist.");

    public static readonly RuleDescriptor PackageExtensionNoDelete = Breaking(
        RuleIdentifiers.PackageExtensionNoDelete,
        "PACKAGE_EXTENSION_NO_DELETE",
        new[] { Package },
        title: "An extension was deleted from its package",
        messageFormat: "The extension '{0}' was deleted from package '{1}'; readers lose its data and generated accessors break; keep the extension (moving it to another file of the package is fine)",
        description: "With the PACKAGE category extensions may move between the files of a package, but not leave it.");

    public static readonly RuleDescriptor PackageMessageNoDelete = Breaking(
        RuleIdentifiers.PackageMessageNoDelete,
        "PACKAGE_MESSAGE_NO_DELETE",
        new[] { Package },
        title: "A message was deleted from its package",
        messageFormat: "The message '{0}' was deleted from package '{1}'; fields and RPCs of that type break for old clients and generated code; keep the message (moving it to another file of the package is fine)",
        description: "With the PACKAGE category messages may move between the files of a package, but not leave it: the message's full name must still exist. Map entries count as messages: deleting a map field deletes its entry type.");

    public static readonly RuleDescriptor PackageServiceNoDelete = Breaking(
        RuleIdentifiers.PackageServiceNoDelete,
        "PACKAGE_SERVICE_NO_DELETE",
        new[] { Package },
        title: "A service was deleted from its package",
        messageFormat: "The service '{0}' was deleted from package '{1}'; old clients calling it get UNIMPLEMENTED; keep the service and deprecate it (moving it to another file of the package is fine)",
        description: "With the PACKAGE category services may move between the files of a package, but not leave it.");

    public static readonly RuleDescriptor MessageNoDelete = Breaking(
        RuleIdentifiers.MessageNoDelete,
        "MESSAGE_NO_DELETE",
        new[] { File },
        title: "A message was deleted from its file",
        messageFormat: "The message '{0}' was deleted from '{1}'; generated code that uses it breaks, and fields and RPCs of that type lose their meaning; keep the message and deprecate it ('option deprecated = true;')",
        description: "Deleting a message breaks generated code that uses it and every field and RPC that refers to it. Map entries count as messages: deleting a map field deletes its entry type. Under FILE a message that moves to another file counts as deleted; use PACKAGE to allow moves within a package.");

    public static readonly RuleDescriptor MessageNoRemoveStandardDescriptorAccessor = Breaking(
        RuleIdentifiers.MessageNoRemoveStandardDescriptorAccessor,
        "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR",
        new[] { File, Package },
        title: "A message turned on no_standard_descriptor_accessor",
        messageFormat: "The message '{0}' changed option 'no_standard_descriptor_accessor' from false to true; the generated descriptor() accessor disappears and code using it breaks; keep the option unset",
        description: "no_standard_descriptor_accessor = true removes the generated descriptor accessor; code that calls it stops compiling.");

    public static readonly RuleDescriptor MessageSameJsonFormat = Breaking(
        RuleIdentifiers.MessageSameJsonFormat,
        "MESSAGE_SAME_JSON_FORMAT",
        new[] { File, Package, WireJson },
        title: "A message's JSON format support changed",
        messageFormat: "The message '{0}' changed JSON format support from {1} to {2}; JSON clients can no longer rely on its JSON mapping; keep features.json_format = ALLOW",
        description: "json_format ALLOW guarantees a well-defined JSON mapping (no field-name conflicts); LEGACY_BEST_EFFORT does not. Going from ALLOW to anything else breaks JSON clients. A proto3 file that becomes proto2 also loses ALLOW.");

    public static readonly RuleDescriptor MessageSameRequiredFields = Breaking(
        RuleIdentifiers.MessageSameRequiredFields,
        "MESSAGE_SAME_REQUIRED_FIELDS",
        new[] { File, Package, WireJson, Wire },
        title: "A required field was added or deleted",
        messageFormat: "The message '{0}' {1} required field {2}; required fields must always be sent, so the side that does not know about it rejects every message; never add or delete required fields, add optional ones",
        description: "A proto2 required field must be present in every message: a reader that requires a field the writer does not know about fails to parse, and a writer that no longer sends a field old readers require breaks them.");

    public static readonly RuleDescriptor OneofNoDelete = Breaking(
        RuleIdentifiers.OneofNoDelete,
        "ONEOF_NO_DELETE",
        new[] { File, Package },
        title: "A oneof was deleted",
        messageFormat: "The oneof '{0}' was deleted from message '{1}'; its generated case accessors disappear and its fields are no longer mutually exclusive; keep the oneof",
        description: "Deleting a oneof removes its generated case enum and accessors and changes how its fields are set and cleared. Synthetic oneofs of proto3 'optional' fields are not counted (the field's cardinality is checked instead).");

    public static readonly RuleDescriptor ReservedMessageNoDelete = Breaking(
        RuleIdentifiers.ReservedMessageNoDelete,
        "RESERVED_MESSAGE_NO_DELETE",
        new[] { File, Package, WireJson, Wire },
        title: "A message reservation was deleted",
        messageFormat: "The message '{0}' no longer reserves {1}; a deleted field's number or name can then be reused and old data read as the new field; keep the reservation",
        description: "Reserved numbers and names belong to deleted fields. Removing the reservation allows a new field to reuse them, and old data or old clients then silently fill the new field with the deleted field's values.");

    public static readonly RuleDescriptor ExtensionMessageNoDelete = Breaking(
        RuleIdentifiers.ExtensionMessageNoDelete,
        "EXTENSION_MESSAGE_NO_DELETE",
        new[] { File, Package },
        title: "An extension range was deleted",
        messageFormat: "The message '{0}' no longer has extension range {1}: {2} were removed; extensions declared in those numbers become invalid; keep the extension range",
        description: "Extensions of a message must use numbers in its extension ranges. Shrinking or deleting a range invalidates extensions other files declare in it.");

    public static readonly RuleDescriptor FieldNoDelete = Breaking(
        RuleIdentifiers.FieldNoDelete,
        "FIELD_NO_DELETE",
        new[] { File, Package },
        title: "A field was deleted",
        messageFormat: "Field {0} '{1}' was deleted from message '{2}'; old clients still send and read it, and its generated accessors disappear; keep the field and deprecate it, or delete it and reserve it: '{3}'",
        description: "Deleting a field breaks generated code that uses it, and unless its number and name are reserved a later field can reuse them for different data: old clients then misread it on the wire and in JSON. The fix inserts the 'reserved' statements into the message.",
        hasCodeFix: true);

    public static readonly RuleDescriptor FieldNoDeleteUnlessNameReserved = Breaking(
        RuleIdentifiers.FieldNoDeleteUnlessNameReserved,
        "FIELD_NO_DELETE_UNLESS_NAME_RESERVED",
        new[] { WireJson },
        title: "A field was deleted without reserving its name",
        messageFormat: "Field {0} '{1}' was deleted from message '{2}' without reserving the name '{1}'; JSON clients still send '{1}', and a new field could take the name; add '{3}'",
        description: "In JSON a field is its name. A deleted field's name must be reserved so that no new field takes it and reads the values old JSON clients still send.",
        hasCodeFix: true);

    public static readonly RuleDescriptor FieldNoDeleteUnlessNumberReserved = Breaking(
        RuleIdentifiers.FieldNoDeleteUnlessNumberReserved,
        "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
        new[] { WireJson, Wire },
        title: "A field was deleted without reserving its number",
        messageFormat: "Field {0} '{1}' was deleted from message '{2}' without reserving the number {0}; a new field reusing {0} would misread the data old clients still send; add '{3}'",
        description: "On the wire a field is its number. A deleted field's number must be reserved so that no new field reuses it and misreads old data.",
        hasCodeFix: true);

    public static readonly RuleDescriptor FieldSameName = Breaking(
        RuleIdentifiers.FieldSameName,
        "FIELD_SAME_NAME",
        new[] { File, Package, WireJson },
        title: "A field was renamed",
        messageFormat: "Field {0} of message '{1}' was renamed from '{2}' to '{3}'; JSON clients and generated code still use '{2}'; keep the name (only the wire format ignores names)",
        description: "The binary format only uses numbers, but JSON uses names and generated code uses accessors named after the field. Renaming breaks both.");

    public static readonly RuleDescriptor FieldSameJsonName = Breaking(
        RuleIdentifiers.FieldSameJsonName,
        "FIELD_SAME_JSON_NAME",
        new[] { File, Package, WireJson },
        title: "A field's JSON name changed",
        messageFormat: "Field {0} '{1}' of message '{2}' changed its JSON name from '{3}' to '{4}'; JSON clients send and expect '{3}'; keep the JSON name (set json_name = \"{3}\" explicitly if the field is renamed)",
        description: "The JSON name (json_name, or the lowerCamelCase form of the field name) is the key JSON clients use. Changing it breaks them.");

    public static readonly RuleDescriptor FieldSameType = Breaking(
        RuleIdentifiers.FieldSameType,
        "FIELD_SAME_TYPE",
        new[] { File, Package },
        title: "A field's type changed",
        messageFormat: "Field {0} '{1}' of message '{2}' changed type from '{3}' to '{4}'; old clients misread the value and generated code breaks; add a new field with a new number for the new type and deprecate the old one",
        description: "A field's type decides its encoding on the wire and in JSON and its generated accessor type. Even wire-compatible changes (int32 to int64) break generated code; use WIRE or WIRE_JSON to allow those.");

    public static readonly RuleDescriptor FieldWireCompatibleType = Breaking(
        RuleIdentifiers.FieldWireCompatibleType,
        "FIELD_WIRE_COMPATIBLE_TYPE",
        new[] { Wire },
        title: "A field's type changed incompatibly on the wire",
        messageFormat: "Field {0} '{1}' of message '{2}' changed type from '{3}' to '{4}', which is not wire-compatible; old clients misread or drop the value; add a new field with a new number instead",
        description: "Only some type changes keep the binary encoding: int32/int64/uint32/uint64/bool, sint32/sint64, fixed32/sfixed32, fixed64/sfixed64, string to bytes, and an enum only to an enum of the same name with the old values. Anything else makes old readers misread the value.");

    public static readonly RuleDescriptor FieldWireJsonCompatibleType = Breaking(
        RuleIdentifiers.FieldWireJsonCompatibleType,
        "FIELD_WIRE_JSON_COMPATIBLE_TYPE",
        new[] { WireJson },
        title: "A field's type changed incompatibly on the wire or in JSON",
        messageFormat: "Field {0} '{1}' of message '{2}' changed type from '{3}' to '{4}', which is not wire- and JSON-compatible; old clients misread the value; add a new field with a new number instead",
        description: "Only type changes that keep both the binary and the JSON encoding are allowed: int32/uint32, int64/uint64, fixed32/sfixed32, fixed64/sfixed64, and an enum only to an enum of the same name with the old values.");

    public static readonly RuleDescriptor FieldSameCardinality = Breaking(
        RuleIdentifiers.FieldSameCardinality,
        "FIELD_SAME_CARDINALITY",
        new[] { File, Package },
        title: "A field's cardinality changed",
        messageFormat: "Field {0} '{1}' of message '{2}' changed cardinality from {3} to {4}; presence, generated accessors (HasXxx, lists, maps) and old readers' behaviour change; add a new field instead",
        description: "Cardinality includes presence: optional with explicit presence, optional with implicit presence, required, repeated and map. Changing it changes generated code and how unset values are read.");

    public static readonly RuleDescriptor FieldWireCompatibleCardinality = Breaking(
        RuleIdentifiers.FieldWireCompatibleCardinality,
        "FIELD_WIRE_COMPATIBLE_CARDINALITY",
        new[] { Wire },
        title: "A field's cardinality changed incompatibly on the wire",
        messageFormat: "Field {0} '{1}' of message '{2}' changed cardinality from {3} to {4}, which is not wire-compatible; old readers misparse the value; add a new field instead",
        description: "On the wire, optional fields (explicit or implicit presence) are interchangeable and so are repeated and map fields; required and changes between singular and repeated are not.");

    public static readonly RuleDescriptor FieldWireJsonCompatibleCardinality = Breaking(
        RuleIdentifiers.FieldWireJsonCompatibleCardinality,
        "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
        new[] { WireJson },
        title: "A field's cardinality changed incompatibly on the wire or in JSON",
        messageFormat: "Field {0} '{1}' of message '{2}' changed cardinality from {3} to {4}, which is not wire- and JSON-compatible; old readers misparse the value; add a new field instead",
        description: "Optional fields (explicit or implicit presence) are interchangeable; repeated and map fields are not (JSON writes an array or an object), nor is required.");

    public static readonly RuleDescriptor FieldSameOneof = Breaking(
        RuleIdentifiers.FieldSameOneof,
        "FIELD_SAME_ONEOF",
        new[] { File, Package, WireJson, Wire },
        title: "A field moved into, out of or between oneofs",
        messageFormat: "Field {0} '{1}' of message '{2}' moved {3}; setting another member of a oneof clears it, so old and new clients silently lose data; keep the field where it was and add a new one",
        description: "Oneof membership changes the wire semantics: when several members of a oneof arrive the last one wins and the others are cleared. Moving a field into, out of or between oneofs makes old and new readers keep different values.");

    public static readonly RuleDescriptor FieldSameDefault = Breaking(
        RuleIdentifiers.FieldSameDefault,
        "FIELD_SAME_DEFAULT",
        new[] { File, Package, WireJson, Wire },
        title: "A field's default value changed",
        messageFormat: "Field {0} '{1}' of message '{2}' changed its default value from {3} to {4}; an unset field now reads differently for old and new clients; keep the default",
        description: "A default is what readers see when the field is not on the wire. Old and new readers of the same message would see different values.");

    public static readonly RuleDescriptor FieldSameJstype = Breaking(
        RuleIdentifiers.FieldSameJstype,
        "FIELD_SAME_JSTYPE",
        new[] { File, Package },
        title: "A field's jstype changed",
        messageFormat: "Field {0} '{1}' of message '{2}' changed option 'jstype' from {3} to {4}; generated JavaScript switches between numbers and strings; keep jstype",
        description: "jstype decides whether generated JavaScript represents a 64-bit integer as a number or a string; changing it breaks JavaScript code.");

    public static readonly RuleDescriptor FieldSameCppStringType = Breaking(
        RuleIdentifiers.FieldSameCppStringType,
        "FIELD_SAME_CPP_STRING_TYPE",
        new[] { File, Package },
        title: "A field's C++ string type changed",
        messageFormat: "Field {0} '{1}' of message '{2}' changed its C++ string type from {3} to {4}; generated C++ accessors change and C++ code breaks; keep the string type",
        description: "ctype and the (pb.cpp).string_type feature change the generated C++ accessors of string and bytes fields. Moving from STRING_PIECE to STRING is allowed.");

    public static readonly RuleDescriptor FieldSameJavaUtf8Validation = Breaking(
        RuleIdentifiers.FieldSameJavaUtf8Validation,
        "FIELD_SAME_JAVA_UTF8_VALIDATION",
        new[] { File, Package },
        title: "A field's Java UTF-8 validation changed",
        messageFormat: "Field {0} '{1}' of message '{2}' changed Java UTF-8 validation from {3} to {4}; Java readers start or stop rejecting invalid strings; keep java_string_check_utf8 / (pb.java).utf8_validation",
        description: "java_string_check_utf8 and (pb.java).utf8_validation decide whether Java rejects strings that are not valid UTF-8; changing them changes which messages Java accepts.");

    public static readonly RuleDescriptor FieldSameUtf8Validation = Breaking(
        RuleIdentifiers.FieldSameUtf8Validation,
        "FIELD_SAME_UTF8_VALIDATION",
        new[] { File, Package },
        title: "A string field's UTF-8 validation changed",
        messageFormat: "Field {0} '{1}' of message '{2}' changed UTF-8 validation from {3} to {4}; parsers start or stop rejecting messages with invalid strings; keep features.utf8_validation",
        description: "utf8_validation (VERIFY in proto3 and editions, NONE in proto2) decides whether parsers reject invalid UTF-8 in string fields; changing it changes which messages are accepted.");

    public static readonly RuleDescriptor ExtensionNoDelete = Breaking(
        RuleIdentifiers.ExtensionNoDelete,
        "EXTENSION_NO_DELETE",
        new[] { File },
        title: "An extension was deleted from its file",
        messageFormat: "The extension '{0}' was deleted from '{1}'; readers lose its data and generated accessors break; keep the extension",
        description: "Deleting an extension breaks generated code that uses it, and readers no longer recognize its data.");

    public static readonly RuleDescriptor EnumNoDelete = Breaking(
        RuleIdentifiers.EnumNoDelete,
        "ENUM_NO_DELETE",
        new[] { File },
        title: "An enum was deleted from its file",
        messageFormat: "The enum '{0}' was deleted from '{1}'; generated code that uses it breaks and fields of that type lose their meaning; keep the enum and deprecate it",
        description: "Deleting an enum breaks generated code and every field that refers to it. Under FILE an enum that moves to another file counts as deleted; use PACKAGE to allow moves within a package.");

    public static readonly RuleDescriptor EnumSameType = Breaking(
        RuleIdentifiers.EnumSameType,
        "ENUM_SAME_TYPE",
        new[] { File, Package },
        title: "An enum changed between open and closed",
        messageFormat: "The enum '{0}' changed from {1} to {2}; old and new readers now treat unknown values differently (kept vs moved to unknown fields); keep the enum type",
        description: "An open enum (proto3, editions default) keeps unknown values; a closed enum (proto2, enum_type = CLOSED) treats them as unknown fields. Changing it changes what readers see and the generated code.");

    public static readonly RuleDescriptor EnumSameJsonFormat = Breaking(
        RuleIdentifiers.EnumSameJsonFormat,
        "ENUM_SAME_JSON_FORMAT",
        new[] { File, Package, WireJson },
        title: "An enum's JSON format support changed",
        messageFormat: "The enum '{0}' changed JSON format support from {1} to {2}; JSON clients lose its JSON mapping; keep features.json_format = ALLOW",
        description: "json_format ALLOW guarantees a well-defined JSON mapping; going from ALLOW to LEGACY_BEST_EFFORT breaks JSON clients.");

    public static readonly RuleDescriptor EnumValueNoDelete = Breaking(
        RuleIdentifiers.EnumValueNoDelete,
        "ENUM_VALUE_NO_DELETE",
        new[] { File, Package },
        title: "An enum value was deleted",
        messageFormat: "Enum value {0} ({1}) was deleted from enum '{2}'; old clients still send it and generated code that uses it breaks; keep the value and deprecate it, or delete it and reserve it: '{3}'",
        description: "Deleting an enum value breaks generated code that uses it; old clients keep sending it, and without a reservation a new value could reuse its number or name with another meaning.",
        hasCodeFix: true);

    public static readonly RuleDescriptor EnumValueNoDeleteUnlessNameReserved = Breaking(
        RuleIdentifiers.EnumValueNoDeleteUnlessNameReserved,
        "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED",
        new[] { WireJson },
        title: "An enum value was deleted without reserving its name",
        messageFormat: "Enum value {0} ({1}) was deleted from enum '{2}' without reserving its name; JSON clients still send {1}; add '{3}'",
        description: "In JSON an enum value is its name. A deleted value's name must be reserved so no new value takes it.",
        hasCodeFix: true);

    public static readonly RuleDescriptor EnumValueNoDeleteUnlessNumberReserved = Breaking(
        RuleIdentifiers.EnumValueNoDeleteUnlessNumberReserved,
        "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
        new[] { WireJson, Wire },
        title: "An enum value was deleted without reserving its number",
        messageFormat: "Enum value {0} ({1}) was deleted from enum '{2}' without reserving the number {0}; a new value reusing {0} would change the meaning of old data; add '{3}'",
        description: "On the wire an enum value is its number. A deleted value's number must be reserved so no new value reuses it.",
        hasCodeFix: true);

    public static readonly RuleDescriptor EnumValueSameName = Breaking(
        RuleIdentifiers.EnumValueSameName,
        "ENUM_VALUE_SAME_NAME",
        new[] { File, Package, WireJson },
        title: "An enum value was renamed",
        messageFormat: "Enum value {0} of enum '{1}' changed name from {2} to {3}; JSON clients and generated code use the old name; keep the old name (add the new one as an alias with 'option allow_alias = true;')",
        description: "The binary format sends the number, but JSON sends the name and generated code uses it. Every name a number has now must have been one of its names before.");

    public static readonly RuleDescriptor ReservedEnumNoDelete = Breaking(
        RuleIdentifiers.ReservedEnumNoDelete,
        "RESERVED_ENUM_NO_DELETE",
        new[] { File, Package, WireJson, Wire },
        title: "An enum reservation was deleted",
        messageFormat: "The enum '{0}' no longer reserves {1}; a deleted value's number or name can then be reused with another meaning; keep the reservation",
        description: "Reserved numbers and names belong to deleted enum values. Removing the reservation lets a new value reuse them, so old data changes meaning.");

    public static readonly RuleDescriptor ServiceNoDelete = Breaking(
        RuleIdentifiers.ServiceNoDelete,
        "SERVICE_NO_DELETE",
        new[] { File },
        title: "A service was deleted from its file",
        messageFormat: "The service '{0}' was deleted from '{1}'; old clients get UNIMPLEMENTED and generated clients and servers break; keep the service and deprecate it",
        description: "Deleting a service breaks every client that calls it and the generated code. Under FILE a service that moves to another file counts as deleted; use PACKAGE to allow moves within a package.");

    public static readonly RuleDescriptor RpcNoDelete = Breaking(
        RuleIdentifiers.RpcNoDelete,
        "RPC_NO_DELETE",
        new[] { File, Package },
        title: "An RPC was deleted",
        messageFormat: "The RPC '{0}' was deleted from service '{1}'; old clients calling it get UNIMPLEMENTED and generated code breaks; keep the RPC and deprecate it ('option deprecated = true;')",
        description: "Deleting an RPC breaks every client that calls it: the server answers UNIMPLEMENTED.");

    public static readonly RuleDescriptor RpcSameRequestType = Breaking(
        RuleIdentifiers.RpcSameRequestType,
        "RPC_SAME_REQUEST_TYPE",
        new[] { File, Package, WireJson, Wire },
        title: "An RPC's request type changed",
        messageFormat: "The RPC '{0}' of service '{1}' changed its request type from '{2}' to '{3}'; old clients send messages the server misreads, and generated code breaks; add a new RPC instead",
        description: "The request type decides how the server decodes what clients send. Changing it makes the server misread old clients' requests.");

    public static readonly RuleDescriptor RpcSameResponseType = Breaking(
        RuleIdentifiers.RpcSameResponseType,
        "RPC_SAME_RESPONSE_TYPE",
        new[] { File, Package, WireJson, Wire },
        title: "An RPC's response type changed",
        messageFormat: "The RPC '{0}' of service '{1}' changed its response type from '{2}' to '{3}'; old clients misread the responses, and generated code breaks; add a new RPC instead",
        description: "The response type decides how clients decode the server's answers. Changing it makes old clients misread them.");

    public static readonly RuleDescriptor RpcSameClientStreaming = Breaking(
        RuleIdentifiers.RpcSameClientStreaming,
        "RPC_SAME_CLIENT_STREAMING",
        new[] { File, Package, WireJson, Wire },
        title: "An RPC changed client streaming",
        messageFormat: "The RPC '{0}' of service '{1}' changed from client {2} to client {3}; old clients use the wrong call type and the call fails; add a new RPC instead",
        description: "Unary and streaming calls are different HTTP/2 exchanges and different generated methods; changing client streaming breaks every caller.");

    public static readonly RuleDescriptor RpcSameServerStreaming = Breaking(
        RuleIdentifiers.RpcSameServerStreaming,
        "RPC_SAME_SERVER_STREAMING",
        new[] { File, Package, WireJson, Wire },
        title: "An RPC changed server streaming",
        messageFormat: "The RPC '{0}' of service '{1}' changed from server {2} to server {3}; old clients use the wrong call type and the call fails; add a new RPC instead",
        description: "Unary and streaming responses are different exchanges and different generated methods; changing server streaming breaks every caller.");

    public static readonly RuleDescriptor RpcSameIdempotencyLevel = Breaking(
        RuleIdentifiers.RpcSameIdempotencyLevel,
        "RPC_SAME_IDEMPOTENCY_LEVEL",
        new[] { File, Package, WireJson, Wire },
        title: "An RPC's idempotency level changed",
        messageFormat: "The RPC '{0}' of service '{1}' changed option 'idempotency_level' from {2} to {3}; clients and proxies that retry it or send it as HTTP GET based on it behave differently; keep the idempotency level",
        description: "idempotency_level tells clients and proxies whether a call may be retried or sent as a GET (NO_SIDE_EFFECTS). Changing it changes how existing clients call the RPC.");
    /// <summary>Every breaking-change rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        FileNoDelete,
        FileSamePackage,
        FileSameSyntax,
        FileSameCcEnableArenas,
        FileSameCcGenericServices,
        FileSameCsharpNamespace,
        FileSameGoPackage,
        FileSameJavaGenericServices,
        FileSameJavaMultipleFiles,
        FileSameJavaOuterClassname,
        FileSameJavaPackage,
        FileSameObjcClassPrefix,
        FileSameOptimizeFor,
        FileSamePhpClassPrefix,
        FileSamePhpMetadataNamespace,
        FileSamePhpNamespace,
        FileSamePyGenericServices,
        FileSameRubyPackage,
        FileSameSwiftPrefix,
        PackageNoDelete,
        PackageEnumNoDelete,
        PackageExtensionNoDelete,
        PackageMessageNoDelete,
        PackageServiceNoDelete,
        MessageNoDelete,
        MessageNoRemoveStandardDescriptorAccessor,
        MessageSameJsonFormat,
        MessageSameRequiredFields,
        OneofNoDelete,
        ReservedMessageNoDelete,
        ExtensionMessageNoDelete,
        FieldNoDelete,
        FieldNoDeleteUnlessNameReserved,
        FieldNoDeleteUnlessNumberReserved,
        FieldSameName,
        FieldSameJsonName,
        FieldSameType,
        FieldWireCompatibleType,
        FieldWireJsonCompatibleType,
        FieldSameCardinality,
        FieldWireCompatibleCardinality,
        FieldWireJsonCompatibleCardinality,
        FieldSameOneof,
        FieldSameDefault,
        FieldSameJstype,
        FieldSameCppStringType,
        FieldSameJavaUtf8Validation,
        FieldSameUtf8Validation,
        ExtensionNoDelete,
        EnumNoDelete,
        EnumSameType,
        EnumSameJsonFormat,
        EnumValueNoDelete,
        EnumValueNoDeleteUnlessNameReserved,
        EnumValueNoDeleteUnlessNumberReserved,
        EnumValueSameName,
        ReservedEnumNoDelete,
        ServiceNoDelete,
        RpcNoDelete,
        RpcSameRequestType,
        RpcSameResponseType,
        RpcSameClientStreaming,
        RpcSameServerStreaming,
        RpcSameIdempotencyLevel,
    }.OrderBy(rule => rule.Id, System.StringComparer.Ordinal).ToArray();

    /// <summary>The rule that is buf's <paramref name="bufRule"/>, or null.</summary>
    public static RuleDescriptor? FindByBufRule(string bufRule) => All.FirstOrDefault(rule => rule.BufEquivalent == bufRule);

    private static RuleDescriptor Breaking(string id, string bufRule, string[] categories, string title, string messageFormat, string description, bool hasCodeFix = false) =>
        new(id, title, messageFormat, RuleCategory.Breaking, RuleSeverity.Error, description, bufEquivalent: bufRule, hasCodeFix: hasCodeFix, breakingCategories: categories);
}
