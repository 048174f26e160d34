using System.Collections.Generic;
using System.Linq;
using ProtoGuard.Schema;
using ProtoGuard.Schema.Linking;

namespace ProtoGuard.Rules.Catalog;

/// <summary>The rule catalog: one <see cref="RuleDescriptor"/> per rule id.</summary>
public static class RuleCatalog
{
    public static readonly RuleDescriptor SyntaxError = new(
        SchemaDiagnosticIds.SyntaxError,
        title: "The .proto file has a syntax error",
        messageFormat: "{0}",
        RuleCategory.Syntax,
        RuleSeverity.Error,
        description: "The file does not follow the protobuf language grammar; protoc will reject it. ProtoGuard reports every syntax error it can find and keeps checking the rest of the file.");

    public static readonly RuleDescriptor UnresolvedImport = new(
        LinkDiagnosticIds.UnresolvedImport,
        title: "An import cannot be found",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "An 'import' names a file that is in none of the import roots (protoc's '-I' directories, or the project's Protobuf/AdditionalFiles items) and is not one of the well-known types that ship with protoc. Every type from that file is then unresolved too, so fix this first.");

    public static readonly RuleDescriptor UnresolvedType = new(
        LinkDiagnosticIds.UnresolvedType,
        title: "A type name does not resolve",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "A field type, map value type, extendee, or rpc request/response names a type that is not declared in the file or in a file it imports (directly, or through 'import public'). Names resolve like protoc: innermost scope first, and for a dotted name the first component decides the scope, after which the rest must be inside it. When the type exists in a file that is not imported, the message names that file.");

    public static readonly RuleDescriptor DuplicateSymbol = new(
        LinkDiagnosticIds.DuplicateSymbol,
        title: "A name is declared twice",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "Two declarations have the same fully-qualified name, across all linked files. Enum values follow C++ scoping: they are siblings of their enum, so two enums in the same package cannot both have a value 'UNKNOWN'. Also reported for an import listed twice.");

    public static readonly RuleDescriptor InvalidFieldNumber = new(
        LinkDiagnosticIds.InvalidFieldNumber,
        title: "A field number is out of range",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "Field, extension and range numbers must be between 1 and 536,870,911, and 19000-19999 is reserved for the protobuf implementation (protoc rejects them).");

    public static readonly RuleDescriptor DuplicateNumber = new(
        LinkDiagnosticIds.DuplicateNumber,
        title: "A number is used twice",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "Two fields of a message, or two values of an enum, have the same number. On the wire a field is only its number, so both would read each other's data. Enum values may share a number only with 'option allow_alias = true;'.");

    public static readonly RuleDescriptor ReservedConflict = new(
        LinkDiagnosticIds.ReservedConflict,
        title: "A field uses a reserved number or name",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "A field or enum value uses a number or name listed in a 'reserved' statement, or a field number that lies inside an extension range. Reserved numbers and names belong to deleted fields: reusing them makes old data and old clients misread the new field.");

    public static readonly RuleDescriptor InvalidRange = new(
        LinkDiagnosticIds.InvalidRange,
        title: "A reserved or extension range is invalid",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "A 'reserved' or 'extensions' range ends before it starts, or overlaps another range of the same message.");

    public static readonly RuleDescriptor Proto3Violation = new(
        LinkDiagnosticIds.Proto3Violation,
        title: "A proto3 rule is broken",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "proto3 files must follow its rules: the first enum value must be 0 (it is the default of every enum field), no 'default' values, no extension ranges, only options messages may be extended, and proto2 (closed) enums cannot be used in proto3 messages.");

    public static readonly RuleDescriptor InvalidOption = new(
        LinkDiagnosticIds.InvalidOption,
        title: "An option is invalid",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "An option name does not resolve (a misspelled built-in option, or a custom option whose file is not imported), is set twice, or gets a value of the wrong type. Options are interpreted like protoc does: built-in options are fields of descriptor.proto's '*Options' messages, custom options are extensions of them, and '{ ... }' values are text format.");

    public static readonly RuleDescriptor ImportCycle = new(
        LinkDiagnosticIds.ImportCycle,
        title: "Files import each other in a cycle",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "A file imports itself through a chain of imports. protoc rejects import cycles; ProtoGuard reports the cycle on the import that closes it and links the rest.");

    public static readonly RuleDescriptor InvalidTypeUsage = new(
        LinkDiagnosticIds.InvalidTypeUsage,
        title: "A type is used where it is not allowed",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "A type resolves but cannot be used there: a map key that is not an integral type, bool or string; an extension of something that is not a message, or with a number outside the extendee's extension ranges; an rpc request or response that is not a message; a field type that names a field or service; an enum without values.");

    public static readonly RuleDescriptor UnusedImport = new(
        LinkDiagnosticIds.UnusedImport,
        title: "protoc warns that an import is unused",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Info,
        description: "protoc's 'Import x.proto is unused' warning: a plain, weak or option import (not 'import public') from which the file uses no type, extendee or option. Reported like protoc, for the files that were asked for and only when the file has no errors. Where buf's IMPORT_USED (PG1015) is enabled and reports the same import, only PG1015 is reported; PG0013 still shows the imports PG1015 does not check (weak and option imports), and all of them when PG1015 is off.",
        supersededBy: RuleIdentifiers.ImportUsed);

    public static readonly RuleDescriptor NameConflict = new(
        LinkDiagnosticIds.NameConflict,
        title: "Two names conflict once generated",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Error,
        description: "Two fields of a message have the same JSON name (default lowerCamelCase names first, then custom json_name values), or two values of an enum have the same name once the enum name prefix is stripped and the rest is PascalCased, as code generators do (unless both have the same number). protoc rejects the file.");

    public static readonly RuleDescriptor LegacyNameConflict = new(
        LinkDiagnosticIds.LegacyNameConflict,
        title: "Two names conflict once generated (protoc only warns)",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Warning,
        description: "The conflicts of PG0014 where protoc keeps compatibility and only warns: JSON names under json_format LEGACY_BEST_EFFORT (the default of proto2 files) when a default JSON name is involved, and enum values of a proto2 enum with deprecated_legacy_json_field_conflicts. JSON serialization of such a message or enum is ambiguous.");

    public static readonly RuleDescriptor ExtensionNumberReused = new(
        LinkDiagnosticIds.ExtensionNumberReused,
        title: "An extension number is already used by another file",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Warning,
        description: "Two files extend the same message with the same field number. protoc warns (within one file it is an error, PG0006): the files link separately, but a program that loads both has two extensions with one number, and parsing picks one of them.");

    public static readonly RuleDescriptor DeprecatedFeature = new(
        LinkDiagnosticIds.DeprecatedFeature,
        title: "An option or feature is deprecated in this edition",
        messageFormat: "{0}",
        RuleCategory.Linking,
        RuleSeverity.Warning,
        description: "The option or editions feature declares (feature_support in its .proto) that it is deprecated from an edition at or before the file's edition. protoc warns with the deprecation text; a later edition removes it (then PG0010 is an error).");

    public static readonly RuleDescriptor EnumZeroValueUnspecified = new(
        RuleIdentifiers.EnumZeroValueUnspecified,
        title: "The zero value of an enum must be named <ENUM>_UNSPECIFIED",
        messageFormat: "Enum value '{0}' is 0; name the zero value '{1}'",
        RuleCategory.Enums,
        RuleSeverity.Warning,
        description: "In proto3 the zero value is what every unset enum field reads as. When it is a real value (ADMIN, ACTIVE...), nobody can tell an unset field from one that was set on purpose. Reserve 0 for '<ENUM_NAME>_UNSPECIFIED' and give real values numbers from 1.",
        apiLinterEquivalent: "core::0126::unspecified",
        hasCodeFix: true,
        options: RuleOptionCatalog.EnumZeroValueUnspecified.All);

    // PG1002-PG1046: buf's lint rules (one per buf rule id), contiguous for merges.
    public static readonly RuleDescriptor EnumZeroValueSuffix = new(
        RuleIdentifiers.EnumZeroValueSuffix,
        title: "The zero value of an enum must end with the configured suffix",
        messageFormat: "Enum zero value '{0}' does not end with '{1}'; rename it to end with '{1}'",
        RuleCategory.Enums,
        RuleSeverity.Warning,
        description: "buf's ENUM_ZERO_VALUE_SUFFIX, exactly: every enum value whose number is 0 (aliases included) must end with the suffix (default '_UNSPECIFIED'). PG1001 is the stricter guide rule that also demands the enum-name prefix.",
        bufEquivalent: "ENUM_ZERO_VALUE_SUFFIX",
        apiLinterEquivalent: "core::0126::unspecified",
        enabledByDefault: false,
        options: RuleOptionCatalog.EnumZeroValueSuffix.All);

    public static readonly RuleDescriptor DirectorySamePackage = new(
        RuleIdentifiers.DirectorySamePackage,
        title: "All files in a directory must have the same package",
        messageFormat: "Directory '{0}' holds files of several packages ({1}); keep one package per directory",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "Files of one directory with different packages make the generated code of several languages (Go, C#, Java) collide or scatter, and tools that map directories to packages (buf, Bazel rules) cannot follow. Off by default (on in the strict preset and when a buf.yaml asks for it): Grpc.Tools projects keep .proto files of several packages side by side under Protos/, and nothing in the C# build depends on the directory.",
        bufEquivalent: "DIRECTORY_SAME_PACKAGE",
        enabledByDefault: false);

    public static readonly RuleDescriptor PackageDefined = new(
        RuleIdentifiers.PackageDefined,
        title: "Every file must declare a package",
        messageFormat: "The file declares no package; add 'package <name>.v1;'",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "Without a package every message lives in the global namespace: two files that both define 'User' cannot be used together, and the generated code has no namespace.",
        bufEquivalent: "PACKAGE_DEFINED");

    public static readonly RuleDescriptor PackageDirectoryMatch = new(
        RuleIdentifiers.PackageDirectoryMatch,
        title: "A file must be in the directory that matches its package",
        messageFormat: "Package '{0}' belongs in directory '{1}', but the file is in '{2}'; move the file",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "The directory of a file relative to its import root should spell its package (acme.user.v1 in acme/user/v1/), so that import paths and package names can be told from each other. Off by default (on in the strict preset and when a buf.yaml asks for it): Grpc.Tools projects keep their .proto files flat under Protos/ (the dotnet new grpc layout), and nothing in the C# build depends on the directory.",
        bufEquivalent: "PACKAGE_DIRECTORY_MATCH",
        enabledByDefault: false);

    public static readonly RuleDescriptor PackageNoImportCycle = new(
        RuleIdentifiers.PackageNoImportCycle,
        title: "Packages must not import each other in a cycle",
        messageFormat: "This import is part of the package import cycle {0}; break the cycle",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "Files may not import each other in a cycle (protoc rejects that), but their packages can: a.v1 imports b.v1 which imports a.v1 through other files. Languages whose packages are compilation units (Go) cannot build such code.",
        bufEquivalent: "PACKAGE_NO_IMPORT_CYCLE");

    public static readonly RuleDescriptor PackageSameDirectory = new(
        RuleIdentifiers.PackageSameDirectory,
        title: "All files of a package must be in one directory",
        messageFormat: "Package '{0}' has files in several directories ({1}); keep a package in one directory",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "A package spread over several directories cannot be mapped onto one Go package or one output folder. Off by default (on in the strict preset and when a buf.yaml asks for it): a directory layout convention of buf modules that Grpc.Tools projects do not follow.",
        bufEquivalent: "PACKAGE_SAME_DIRECTORY",
        enabledByDefault: false);

    public static readonly RuleDescriptor EnumFirstValueZero = new(
        RuleIdentifiers.EnumFirstValueZero,
        title: "The first value of an enum must be 0",
        messageFormat: "The first value '{0}' of the enum is not 0; put the zero value first",
        RuleCategory.Enums,
        RuleSeverity.Warning,
        description: "proto3 requires it, and in proto2 the first value is the default: an enum whose first value is not 0 has a default nobody chose.",
        bufEquivalent: "ENUM_FIRST_VALUE_ZERO");

    public static readonly RuleDescriptor EnumNoAllowAlias = new(
        RuleIdentifiers.EnumNoAllowAlias,
        title: "Enums must not allow aliases",
        messageFormat: "Enum '{0}' sets allow_alias; give every value its own number",
        RuleCategory.Enums,
        RuleSeverity.Warning,
        description: "With aliases two names share a number: JSON and text output pick one of them, so a value written as one name comes back as the other.",
        bufEquivalent: "ENUM_NO_ALLOW_ALIAS");

    public static readonly RuleDescriptor EnumPascalCase = new(
        RuleIdentifiers.EnumPascalCase,
        title: "Enum names must be PascalCase",
        messageFormat: "Enum name '{0}' is not PascalCase; rename it to '{1}'",
        RuleCategory.Naming,
        RuleSeverity.Warning,
        description: "The style guide names enums in PascalCase; generated code in every language assumes it.",
        bufEquivalent: "ENUM_PASCAL_CASE",
        hasCodeFix: true);

    public static readonly RuleDescriptor EnumValueUpperSnakeCase = new(
        RuleIdentifiers.EnumValueUpperSnakeCase,
        title: "Enum value names must be UPPER_SNAKE_CASE",
        messageFormat: "Enum value name '{0}' is not UPPER_SNAKE_CASE; rename it to '{1}'",
        RuleCategory.Naming,
        RuleSeverity.Warning,
        description: "The style guide names enum values in UPPER_SNAKE_CASE; languages that put values in their enum's scope expect it.",
        bufEquivalent: "ENUM_VALUE_UPPER_SNAKE_CASE",
        apiLinterEquivalent: "core::0126::upper-snake-values",
        hasCodeFix: true);

    public static readonly RuleDescriptor FieldLowerSnakeCase = new(
        RuleIdentifiers.FieldLowerSnakeCase,
        title: "Field names must be lower_snake_case",
        messageFormat: "Field name '{0}' is not lower_snake_case; rename it to '{1}'",
        RuleCategory.Naming,
        RuleSeverity.Warning,
        description: "Field names are lower_snake_case in the style guide; the JSON name (lowerCamelCase) and the generated accessors are derived from it, and a name like 'userID' gives surprising ones.",
        bufEquivalent: "FIELD_LOWER_SNAKE_CASE",
        apiLinterEquivalent: "core::0140::lower-snake",
        hasCodeFix: true);

    public static readonly RuleDescriptor FieldNotRequired = new(
        RuleIdentifiers.FieldNotRequired,
        title: "Fields must not be required",
        messageFormat: "Field '{0}' is required; make it optional and validate it in code",
        RuleCategory.Fields,
        RuleSeverity.Warning,
        description: "A required field can never be removed: every old reader rejects messages without it. proto3 dropped 'required' for this reason; in proto2 and editions (LEGACY_REQUIRED) it is still possible.",
        bufEquivalent: "FIELD_NOT_REQUIRED");

    public static readonly RuleDescriptor ImportNoPublic = new(
        RuleIdentifiers.ImportNoPublic,
        title: "Imports must not be public",
        messageFormat: "Import '{0}' is public; import the file where it is used instead",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "'import public' re-exports a file's declarations: files then depend on declarations they never imported, and not every language's generator supports it.",
        bufEquivalent: "IMPORT_NO_PUBLIC");

    public static readonly RuleDescriptor ImportUsed = new(
        RuleIdentifiers.ImportUsed,
        title: "Imports must be used",
        messageFormat: "Import '{0}' is not used; remove it",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "An unused import is a dependency for nothing: generated code imports the other file's package, builds get slower, and import cycles appear that need not exist.",
        bufEquivalent: "IMPORT_USED",
        hasCodeFix: true);

    public static readonly RuleDescriptor MessagePascalCase = new(
        RuleIdentifiers.MessagePascalCase,
        title: "Message names must be PascalCase",
        messageFormat: "Message name '{0}' is not PascalCase; rename it to '{1}'",
        RuleCategory.Naming,
        RuleSeverity.Warning,
        description: "The style guide names messages in PascalCase; generated classes use the name as written.",
        bufEquivalent: "MESSAGE_PASCAL_CASE",
        hasCodeFix: true);

    public static readonly RuleDescriptor OneofLowerSnakeCase = new(
        RuleIdentifiers.OneofLowerSnakeCase,
        title: "Oneof names must be lower_snake_case",
        messageFormat: "Oneof name '{0}' is not lower_snake_case; rename it to '{1}'",
        RuleCategory.Naming,
        RuleSeverity.Warning,
        description: "Oneof names are lower_snake_case like fields; generated case enums and accessors derive from them.",
        bufEquivalent: "ONEOF_LOWER_SNAKE_CASE",
        hasCodeFix: true);

    public static readonly RuleDescriptor PackageLowerSnakeCase = new(
        RuleIdentifiers.PackageLowerSnakeCase,
        title: "Package names must be lower_snake.case",
        messageFormat: "Package name '{0}' is not lower_snake.case; rename it to '{1}'",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "Package components are lower_snake_case; several languages map them to directories or namespaces where case matters.",
        bufEquivalent: "PACKAGE_LOWER_SNAKE_CASE");

    public static readonly RuleDescriptor PackageSameCsharpNamespace = new(
        RuleIdentifiers.PackageSameCsharpNamespace,
        title: "All files of a package must have the same csharp_namespace",
        messageFormat: "Files in package '{0}' have different values for option '{1}' ({2}); use one value",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "One proto package should generate one C# namespace; two values split the package's types over namespaces.",
        bufEquivalent: "PACKAGE_SAME_CSHARP_NAMESPACE");

    public static readonly RuleDescriptor PackageSameGoPackage = new(
        RuleIdentifiers.PackageSameGoPackage,
        title: "All files of a package must have the same go_package",
        messageFormat: "Files in package '{0}' have different values for option '{1}' ({2}); use one value",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "One proto package must generate one Go package; two go_package values make the Go build fail or duplicate types.",
        bufEquivalent: "PACKAGE_SAME_GO_PACKAGE");

    public static readonly RuleDescriptor PackageSameJavaMultipleFiles = new(
        RuleIdentifiers.PackageSameJavaMultipleFiles,
        title: "All files of a package must have the same java_multiple_files",
        messageFormat: "Files in package '{0}' have different values for option '{1}' ({2}); use one value",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "Mixed java_multiple_files in one package give one Java package two layouts of generated classes.",
        bufEquivalent: "PACKAGE_SAME_JAVA_MULTIPLE_FILES");

    public static readonly RuleDescriptor PackageSameJavaPackage = new(
        RuleIdentifiers.PackageSameJavaPackage,
        title: "All files of a package must have the same java_package",
        messageFormat: "Files in package '{0}' have different values for option '{1}' ({2}); use one value",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "One proto package should generate one Java package.",
        bufEquivalent: "PACKAGE_SAME_JAVA_PACKAGE");

    public static readonly RuleDescriptor PackageSamePhpNamespace = new(
        RuleIdentifiers.PackageSamePhpNamespace,
        title: "All files of a package must have the same php_namespace",
        messageFormat: "Files in package '{0}' have different values for option '{1}' ({2}); use one value",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "One proto package should generate one PHP namespace.",
        bufEquivalent: "PACKAGE_SAME_PHP_NAMESPACE");

    public static readonly RuleDescriptor PackageSameRubyPackage = new(
        RuleIdentifiers.PackageSameRubyPackage,
        title: "All files of a package must have the same ruby_package",
        messageFormat: "Files in package '{0}' have different values for option '{1}' ({2}); use one value",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "One proto package should generate one Ruby module.",
        bufEquivalent: "PACKAGE_SAME_RUBY_PACKAGE");

    public static readonly RuleDescriptor PackageSameSwiftPrefix = new(
        RuleIdentifiers.PackageSameSwiftPrefix,
        title: "All files of a package must have the same swift_prefix",
        messageFormat: "Files in package '{0}' have different values for option '{1}' ({2}); use one value",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "One proto package should generate Swift types with one prefix.",
        bufEquivalent: "PACKAGE_SAME_SWIFT_PREFIX");

    public static readonly RuleDescriptor RpcPascalCase = new(
        RuleIdentifiers.RpcPascalCase,
        title: "RPC names must be PascalCase",
        messageFormat: "RPC name '{0}' is not PascalCase; rename it to '{1}'",
        RuleCategory.Naming,
        RuleSeverity.Warning,
        description: "RPC names are PascalCase verbs and nouns (GetUser); generated client and server methods use them.",
        bufEquivalent: "RPC_PASCAL_CASE",
        hasCodeFix: true);

    public static readonly RuleDescriptor ServicePascalCase = new(
        RuleIdentifiers.ServicePascalCase,
        title: "Service names must be PascalCase",
        messageFormat: "Service name '{0}' is not PascalCase; rename it to '{1}'",
        RuleCategory.Naming,
        RuleSeverity.Warning,
        description: "Service names are PascalCase; generated client and base classes use them.",
        bufEquivalent: "SERVICE_PASCAL_CASE",
        hasCodeFix: true);

    public static readonly RuleDescriptor SyntaxSpecified = new(
        RuleIdentifiers.SyntaxSpecified,
        title: "Every file must specify its syntax",
        messageFormat: "The file has no 'syntax' or 'edition' statement, so it is proto2; add 'syntax = \"proto3\";'",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "Without a syntax statement a file is proto2, which is rarely what its author meant: fields get explicit presence and required/default rules apply.",
        bufEquivalent: "SYNTAX_SPECIFIED");

    public static readonly RuleDescriptor EnumValuePrefix = new(
        RuleIdentifiers.EnumValuePrefix,
        title: "Enum values must be prefixed with the enum name",
        messageFormat: "Enum value name '{0}' is not prefixed with '{1}'; rename it to '{1}{0}'",
        RuleCategory.Enums,
        RuleSeverity.Warning,
        description: "Enum values are siblings of their enum in protobuf's scoping: two enums in one package cannot both have a value 'UNKNOWN'. Prefixing every value with its enum's name avoids the clash and tells values apart in generated code.",
        bufEquivalent: "ENUM_VALUE_PREFIX",
        hasCodeFix: true);

    public static readonly RuleDescriptor FileLowerSnakeCase = new(
        RuleIdentifiers.FileLowerSnakeCase,
        title: "File names must be lower_snake_case",
        messageFormat: "File name '{0}' is not lower_snake_case; rename it to '{1}'",
        RuleCategory.Naming,
        RuleSeverity.Warning,
        description: "File names are lower_snake_case.proto in the style guide; generators derive output file and class names from them.",
        bufEquivalent: "FILE_LOWER_SNAKE_CASE");

    public static readonly RuleDescriptor PackageVersionSuffix = new(
        RuleIdentifiers.PackageVersionSuffix,
        title: "Package names must end with a version",
        messageFormat: "Package '{0}' does not end with a version such as '{0}.v1'; add a version component",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "A versioned package (acme.user.v1) lets a breaking v2 live next to v1 while clients migrate. The last component must be v1, v1beta1, v1alpha, v1p1beta1 or v1test..., with numbers from 1.",
        bufEquivalent: "PACKAGE_VERSION_SUFFIX");

    public static readonly RuleDescriptor RpcRequestResponseUnique = new(
        RuleIdentifiers.RpcRequestResponseUnique,
        title: "Request and response types must be used by one RPC only",
        messageFormat: "'{0}' is used as the request or response of several RPCs; give each RPC its own request and response messages",
        RuleCategory.Services,
        RuleSeverity.Warning,
        description: "A message shared by several RPCs (or as both request and response) cannot evolve for one of them without changing the others: a field added for one RPC shows up, meaningless, in all. Off by default (on in the strict preset and when a buf.yaml asks for it): the reference guide's AIP-style UserService returns the resource from Get and Update, as AIP-131/134 prescribe.",
        bufEquivalent: "RPC_REQUEST_RESPONSE_UNIQUE",
        enabledByDefault: false,
        options: RuleOptionCatalog.RpcRequestResponseUnique.All);

    public static readonly RuleDescriptor RpcRequestStandardName = new(
        RuleIdentifiers.RpcRequestStandardName,
        title: "RPC request types must be named <Rpc>Request",
        messageFormat: "Request type '{0}' should be named '{1}' or '{2}'",
        RuleCategory.Services,
        RuleSeverity.Warning,
        description: "A request named after its RPC (GetUserRequest) is found at once and can evolve with it. Off by default (on in the strict preset and when a buf.yaml asks for it): AIP-style APIs, the reference guide's among them, stream existing request types (BulkCreateUsers(stream CreateUserRequest)).",
        bufEquivalent: "RPC_REQUEST_STANDARD_NAME",
        enabledByDefault: false,
        options: RuleOptionCatalog.RpcRequestStandardName.All);

    public static readonly RuleDescriptor RpcResponseStandardName = new(
        RuleIdentifiers.RpcResponseStandardName,
        title: "RPC response types must be named <Rpc>Response",
        messageFormat: "Response type '{0}' should be named '{1}' or '{2}'",
        RuleCategory.Services,
        RuleSeverity.Warning,
        description: "A response named after its RPC (GetUserResponse) can grow fields for that RPC without touching a shared resource message. (AIP-131 instead returns the resource itself from Get: switch this rule off for AIP-style APIs.) Off by default (on in the strict preset and when a buf.yaml asks for it).",
        bufEquivalent: "RPC_RESPONSE_STANDARD_NAME",
        enabledByDefault: false,
        options: RuleOptionCatalog.RpcResponseStandardName.All);

    public static readonly RuleDescriptor ServiceSuffix = new(
        RuleIdentifiers.ServiceSuffix,
        title: "Service names must end with the configured suffix",
        messageFormat: "Service name '{0}' does not end with '{1}'; rename it to '{0}{1}'",
        RuleCategory.Services,
        RuleSeverity.Warning,
        description: "A common suffix (Service) tells services from messages in generated code and documentation.",
        bufEquivalent: "SERVICE_SUFFIX",
        options: RuleOptionCatalog.ServiceSuffix.All);

    public static readonly RuleDescriptor CommentEnum = new(
        RuleIdentifiers.CommentEnum,
        title: "Enums must have a comment",
        messageFormat: "Enum '{0}' has no comment; document it",
        RuleCategory.Documentation,
        RuleSeverity.Warning,
        description: "Generated code and API documentation take their text from the leading comment.",
        bufEquivalent: "COMMENT_ENUM",
        enabledByDefault: false,
        options: new RuleOption[] { RuleOptionCatalog.BufCommentIgnores });

    public static readonly RuleDescriptor CommentEnumValue = new(
        RuleIdentifiers.CommentEnumValue,
        title: "Enum values must have a comment",
        messageFormat: "Enum value '{0}' has no comment; document it",
        RuleCategory.Documentation,
        RuleSeverity.Warning,
        description: "Generated code and API documentation take their text from the leading comment.",
        bufEquivalent: "COMMENT_ENUM_VALUE",
        enabledByDefault: false,
        options: new RuleOption[] { RuleOptionCatalog.BufCommentIgnores });

    public static readonly RuleDescriptor CommentField = new(
        RuleIdentifiers.CommentField,
        title: "Fields must have a comment",
        messageFormat: "Field '{0}' has no comment; document it",
        RuleCategory.Documentation,
        RuleSeverity.Warning,
        description: "Generated code and API documentation take their text from the leading comment.",
        bufEquivalent: "COMMENT_FIELD",
        enabledByDefault: false,
        options: new RuleOption[] { RuleOptionCatalog.BufCommentIgnores });

    public static readonly RuleDescriptor CommentMessage = new(
        RuleIdentifiers.CommentMessage,
        title: "Messages must have a comment",
        messageFormat: "Message '{0}' has no comment; document it",
        RuleCategory.Documentation,
        RuleSeverity.Warning,
        description: "Generated code and API documentation take their text from the leading comment.",
        bufEquivalent: "COMMENT_MESSAGE",
        enabledByDefault: false,
        options: new RuleOption[] { RuleOptionCatalog.BufCommentIgnores });

    public static readonly RuleDescriptor CommentOneof = new(
        RuleIdentifiers.CommentOneof,
        title: "Oneofs must have a comment",
        messageFormat: "Oneof '{0}' has no comment; document it",
        RuleCategory.Documentation,
        RuleSeverity.Warning,
        description: "Generated code and API documentation take their text from the leading comment.",
        bufEquivalent: "COMMENT_ONEOF",
        enabledByDefault: false,
        options: new RuleOption[] { RuleOptionCatalog.BufCommentIgnores });

    public static readonly RuleDescriptor CommentRpc = new(
        RuleIdentifiers.CommentRpc,
        title: "RPCs must have a comment",
        messageFormat: "RPC '{0}' has no comment; document it",
        RuleCategory.Documentation,
        RuleSeverity.Warning,
        description: "Generated code and API documentation take their text from the leading comment.",
        bufEquivalent: "COMMENT_RPC",
        enabledByDefault: false,
        options: new RuleOption[] { RuleOptionCatalog.BufCommentIgnores });

    public static readonly RuleDescriptor CommentService = new(
        RuleIdentifiers.CommentService,
        title: "Services must have a comment",
        messageFormat: "Service '{0}' has no comment; document it",
        RuleCategory.Documentation,
        RuleSeverity.Warning,
        description: "Generated code and API documentation take their text from the leading comment.",
        bufEquivalent: "COMMENT_SERVICE",
        enabledByDefault: false,
        options: new RuleOption[] { RuleOptionCatalog.BufCommentIgnores });

    public static readonly RuleDescriptor RpcNoClientStreaming = new(
        RuleIdentifiers.RpcNoClientStreaming,
        title: "RPCs must not be client streaming",
        messageFormat: "RPC '{0}' is client streaming; use unary RPCs",
        RuleCategory.Services,
        RuleSeverity.Warning,
        description: "Some transports and proxies (gRPC-Web, many HTTP/JSON gateways) cannot carry client streams; teams that need those clients keep every RPC unary.",
        bufEquivalent: "RPC_NO_CLIENT_STREAMING",
        enabledByDefault: false);

    public static readonly RuleDescriptor RpcNoServerStreaming = new(
        RuleIdentifiers.RpcNoServerStreaming,
        title: "RPCs must not be server streaming",
        messageFormat: "RPC '{0}' is server streaming; use unary RPCs",
        RuleCategory.Services,
        RuleSeverity.Warning,
        description: "Some transports and proxies cannot carry server streams; teams that need those clients keep every RPC unary.",
        bufEquivalent: "RPC_NO_SERVER_STREAMING",
        enabledByDefault: false);

    public static readonly RuleDescriptor StablePackageNoImportUnstable = new(
        RuleIdentifiers.StablePackageNoImportUnstable,
        title: "Stable packages must not import unstable ones",
        messageFormat: "Stable package '{0}' imports '{1}' from unstable package '{2}'; do not depend on alpha, beta or test packages",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "A stable v1 API that depends on a v1beta1 package inherits its instability: the beta may change and break the stable API's clients.",
        bufEquivalent: "STABLE_PACKAGE_NO_IMPORT_UNSTABLE",
        enabledByDefault: false);

    public static readonly RuleDescriptor ImportNoWeak = new(
        RuleIdentifiers.ImportNoWeak,
        title: "Imports must not be weak",
        messageFormat: "Import '{0}' is weak; use a normal import",
        RuleCategory.Packages,
        RuleSeverity.Warning,
        description: "Weak imports are a legacy feature few generators support.",
        bufEquivalent: "IMPORT_NO_WEAK",
        enabledByDefault: false);

    public static readonly RuleDescriptor UnusedIgnore = new(
        RuleIdentifiers.UnusedIgnore,
        title: "An ignore comment suppresses nothing",
        messageFormat: "{0}",
        RuleCategory.Suppression,
        RuleSeverity.Warning,
        description: "A '// protoguard:ignore PGxxxx <reason>' comment suppresses the named rules inside the declaration it leads ('protoguard:ignore-file' in the whole file). One that names no rule, gives no reason, is not in a declaration's leading comment, or no longer suppresses any finding hides nothing and misleads readers: remove it or fix it.",
        options: new RuleOption[] { RuleOptionCatalog.BufCommentIgnores });

    // PG1048-: the guide's schema gotchas and AIP shapes.
    public static readonly RuleDescriptor ReservedNumberAndName = new(
        RuleIdentifiers.ReservedNumberAndName,
        title: "Reserve both the number and the name of a deleted field",
        messageFormat: "'{0}' reserves {1} but no {2}; reserve the deleted field's number and its name",
        RuleCategory.Fields,
        RuleSeverity.Warning,
        description: "When a field is deleted, its number must be reserved (old binary data and old clients still use it) and so must its name (JSON and text format use names: a new field with the old name would read old JSON). A message that reserves only numbers, or only names, has lost half of that protection.");

    public static readonly RuleDescriptor ListMethodShape = new(
        RuleIdentifiers.ListMethodShape,
        title: "List RPCs must have the AIP-158 pagination shape",
        messageFormat: "List RPC '{0}' lacks the AIP-158 pagination shape: add {1}",
        RuleCategory.Services,
        RuleSeverity.Warning,
        description: "A List RPC without pagination returns everything at once: fine with ten rows, a 4 MB message-size failure or a timeout with a million. AIP-158: the request has 'int32 page_size' and 'string page_token', the response the repeated results first and 'string next_page_token' (empty only on the last page).",
        apiLinterEquivalent: "core::0158::request-page-size-field");

    public static readonly RuleDescriptor UpdateMethodFieldMask = new(
        RuleIdentifiers.UpdateMethodFieldMask,
        title: "Update RPCs must take a google.protobuf.FieldMask update_mask",
        messageFormat: "Update RPC '{0}' has no FieldMask in '{1}'; add 'google.protobuf.FieldMask update_mask' (AIP-134)",
        RuleCategory.Services,
        RuleSeverity.Warning,
        description: "A proto3 scalar without presence reads 0, \"\" or false when the client did not send it: an update request without a field mask cannot tell 'leave unchanged' from 'set to the default', so a partial update erases fields. AIP-134: the request carries 'google.protobuf.FieldMask update_mask' naming the fields to change.",
        apiLinterEquivalent: "core::0134::request-mask-required",
        hasCodeFix: true);

    public static readonly RuleDescriptor FieldNumberGap = new(
        RuleIdentifiers.FieldNumberGap,
        title: "Field numbers skip numbers that are not reserved",
        messageFormat: "Message '{0}' skips field numbers {1}, which are not reserved; if deleted fields used them, reserve them and their names ('{2}')",
        RuleCategory.Fields,
        RuleSeverity.Info,
        description: "Field numbers are forever: a number below a message's highest one that no field, reserved range or extension range uses is usually a deleted field whose number was never reserved. The next field added may take it, and old clients and stored data then read the new field as the deleted one. Reserve such numbers (and the deleted fields' names) so that protoc rejects their reuse. 19000-19999, the implementation's range, is never a gap.",
        hasCodeFix: true);

    public static readonly RuleDescriptor UpdateFieldWithoutPresence = new(
        RuleIdentifiers.UpdateFieldWithoutPresence,
        title: "Fields of a partial update without a field mask need presence",
        messageFormat: "Field '{0}' of '{1}' has no presence and '{2}' has no update_mask: unset and zero look the same; add a google.protobuf.FieldMask update_mask (AIP-134), mark the field 'optional', or use {3}",
        RuleCategory.Fields,
        RuleSeverity.Warning,
        description: "proto3 has no null: a scalar field without presence reads 0, \"\" or false when the client did not send it. An Update or Patch RPC without a field mask can then only guess whether the client meant 'set to zero' or 'leave unchanged', and a partial update erases data. Either the request carries a google.protobuf.FieldMask update_mask (AIP-134), or every field it updates has presence: 'optional', a google.protobuf wrapper (Int32Value, StringValue...), a message, or an enum whose zero value is <ENUM>_UNSPECIFIED. Fields with presence are never reported.",
        hasCodeFix: true);

    public static readonly RuleDescriptor UnaryPayloadSize = new(
        RuleIdentifiers.UnaryPayloadSize,
        title: "Unbounded fields in unary messages can exceed the 4 MB limit",
        messageFormat: "Field '{0}' of '{1}' ({2}) has no size bound in unary RPC '{3}'; one message over the 4 MB default limit fails the call: stream the data or paginate it",
        RuleCategory.Services,
        RuleSeverity.Info,
        description: "gRPC rejects a message larger than the receive limit (4 MB by default in grpc-dotnet and most other implementations) and a large message is held in memory whole. A bytes field, repeated bytes, or a repeated message field in the request or response of a unary RPC has no bound: it works in tests and fails in production once the data grows. Stream large payloads in chunks (server or client streaming) or paginate lists (AIP-158); a repeated field of a paginated response (one with next_page_token) is bounded by its page size, and one of a batch response (AIP-231/233/234: a Batch* RPC whose request lists resource names, ids or per-item requests) by the request, and neither is reported.");

    public static readonly RuleDescriptor StandardMethodShape = new(
        RuleIdentifiers.StandardMethodShape,
        title: "Get, Create and Delete RPCs must have the AIP-131/133/135 shapes",
        messageFormat: "Standard method '{0}' lacks the AIP-{1} shape: add {2}",
        RuleCategory.Services,
        RuleSeverity.Warning,
        description: "Google's API Improvement Proposals give standard methods one shape, which clients, generators and gateways rely on: Get<Resource> takes the resource's identifier and returns the resource (AIP-131), Create<Resource> takes the resource and returns it (AIP-133), Delete<Resource> takes the identifier and returns google.protobuf.Empty, or the resource for soft delete (AIP-135); a google.longrunning.Operation may stand for the result. The identifier field is 'name' (AIP-122) unless the identifier_field option says otherwise. Opt-in (strict preset): the guide's own service returns CreateUserResponse.",
        apiLinterEquivalent: "core::0131::response-message-name",
        enabledByDefault: false,
        options: RuleOptionCatalog.StandardMethodShape.All);

    public static readonly RuleDescriptor BaselineMissing = new(
        RuleIdentifiers.BaselineMissing,
        title: "No breaking-change baseline",
        messageFormat: "No breaking-change baseline '{0}' was found, so schema changes are not checked; create it with 'dotnet build -t:ProtoGuardUpdateBaseline' (or 'protoguard baseline write') and commit it",
        RuleCategory.Breaking,
        RuleSeverity.Info,
        description: "The breaking-change rules (PG2001-PG2064) compare the project's .proto files with the accepted schema, a checked-in baseline file (protoguard.baseline.txt next to the project by default; ProtoGuardBaselineFile to change it). Without one there is nothing to compare with.");

    public static readonly RuleDescriptor BaselineInvalid = new(
        RuleIdentifiers.BaselineInvalid,
        title: "The breaking-change baseline is malformed",
        messageFormat: "The baseline is malformed: {0}; fix the line or regenerate the file with 'dotnet build -t:ProtoGuardUpdateBaseline'",
        RuleCategory.Breaking,
        RuleSeverity.Error,
        description: "A line of the baseline file cannot be read (an unknown element kind or attribute, a bad number, an element whose parent is missing). No breaking-change rule runs against a baseline that cannot be read completely: a rule must never be skipped silently.");

    public static readonly RuleDescriptor GitRefUnreadable = new(
        RuleIdentifiers.GitRefUnreadable,
        title: "The git ref to compare against cannot be read",
        messageFormat: "{0}",
        RuleCategory.Breaking,
        RuleSeverity.Error,
        description: "ProtoGuardBreakingAgainst (or 'protoguard breaking --against REF') compares the .proto files with their versions at a git ref, read with the git executable. When git is not installed, the project is not in a git repository, the ref is unknown, or the clone is too shallow to have it, there is nothing to compare with: the build fails with this error, which says what to run, instead of passing silently.");

    public static readonly RuleDescriptor ClientCallWithoutDeadline = new(
        RuleIdentifiers.ClientCallWithoutDeadline,
        title: "gRPC client call without a deadline",
        messageFormat: "The call to '{0}' has no deadline; pass 'deadline:' or CallOptions with a deadline",
        RuleCategory.Deadlines,
        RuleSeverity.Warning,
        description: "grpc-dotnet sets no default deadline: a call to a server that hangs waits forever and holds its resources. Give every call a deadline (or CallOptions that carry one).",
        hasCodeFix: true,
        options: RuleOptionCatalog.ClientCallWithoutDeadline.All,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor DeadlineNotUtc = new(
        RuleIdentifiers.DeadlineNotUtc,
        title: "gRPC deadline is not a UTC DateTime",
        messageFormat: "The deadline '{0}' is not UTC; grpc-dotnet throws InvalidOperationException when the call starts; use DateTime.UtcNow",
        RuleCategory.Deadlines,
        RuleSeverity.Warning,
        description: "grpc-dotnet only accepts deadlines whose Kind is DateTimeKind.Utc (or DateTime.MaxValue/MinValue): a deadline built from DateTime.Now, DateTime.Today, a DateTime constructed without DateTimeKind.Utc or a parsed string makes every call fail with InvalidOperationException before anything is sent. Build deadlines from DateTime.UtcNow.",
        hasCodeFix: true,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor HandlerCallWithoutPropagation = new(
        RuleIdentifiers.HandlerCallWithoutPropagation,
        title: "gRPC handler makes a client call without propagating its deadline or cancellation",
        messageFormat: "The call to '{0}' does not propagate the handler's deadline or cancellation; pass 'deadline: {1}.Deadline, cancellationToken: {1}.CancellationToken'",
        RuleCategory.Deadlines,
        RuleSeverity.Warning,
        description: "A server handler that calls another gRPC service should hand on its own deadline and cancellation (ServerCallContext.Deadline and CancellationToken): otherwise the downstream call keeps running after the caller gave up or its deadline passed, and the time budget of the whole chain is lost. Inside handlers this rule replaces PG3001 for calls that propagate neither.",
        hasCodeFix: true,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor HandlerCallWithoutCancellation = new(
        RuleIdentifiers.HandlerCallWithoutCancellation,
        title: "gRPC handler does not pass its cancellation token to an async call",
        messageFormat: "The call to '{0}' does not pass the handler's cancellation token; pass '{1}.CancellationToken'",
        RuleCategory.Cancellation,
        RuleSeverity.Warning,
        description: "ServerCallContext.CancellationToken is cancelled when the client cancels, disconnects or its deadline passes. An async call in a handler that could take that token (an optional parameter or an overload) but does not keeps working, holding connections and memory, for a response nobody will read.",
        hasCodeFix: true,
        options: RuleOptionCatalog.HandlerCallWithoutCancellation.All,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor StreamingLoopIgnoresCancellation = new(
        RuleIdentifiers.StreamingLoopIgnoresCancellation,
        title: "Streaming gRPC handler loop never observes cancellation",
        messageFormat: "This loop in the streaming handler '{0}' never observes cancellation; check '{1}.CancellationToken' in the loop or pass it to the awaited calls",
        RuleCategory.Cancellation,
        RuleSeverity.Warning,
        description: "A server-streaming or duplex handler that loops (polling, heartbeats, watching for changes) keeps running after the client has gone unless the loop looks at ServerCallContext.CancellationToken: the loop then holds its resources until a write happens to fail, or forever if it never writes.",
        hasCodeFix: true,
        options: RuleOptionCatalog.StreamingLoopIgnoresCancellation.All,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor PropagationTokenOnAspNetCore = new(
        RuleIdentifiers.PropagationTokenOnAspNetCore,
        title: "CreatePropagationToken is not implemented on ASP.NET Core gRPC",
        messageFormat: "'{0}.CreatePropagationToken()' throws NotImplementedException on ASP.NET Core gRPC; pass '{0}.Deadline' and '{0}.CancellationToken' to the call, or use EnableCallContextPropagation() on the gRPC client factory",
        RuleCategory.Usage,
        RuleSeverity.Warning,
        description: "ServerCallContext.CreatePropagationToken() comes from the Grpc.Core server. The ASP.NET Core server (Grpc.AspNetCore.Server) does not implement it: the call throws NotImplementedException and the handler fails with an Unknown status. Pass the context's Deadline and CancellationToken to the outgoing call, or register the client with AddGrpcClient<T>().EnableCallContextPropagation().",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor HandlerReturnsNull = new(
        RuleIdentifiers.HandlerReturnsNull,
        title: "gRPC handler returns a null response",
        messageFormat: "The handler '{0}' returns a null '{1}', which grpc-dotnet turns into an unclear error; throw an RpcException with a status such as NotFound instead",
        RuleCategory.Usage,
        RuleSeverity.Warning,
        description: "A protobuf response cannot be null. When a unary or client-streaming handler returns null (or a task of null), grpc-dotnet fails while serializing the response and the client gets StatusCode.Unknown or Internal with a message about the server, not about what was missing. Say what happened with an RpcException and a status: NotFound, InvalidArgument, FailedPrecondition...",
        hasCodeFix: true,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor UpdateHandlerIgnoresFieldMask = new(
        RuleIdentifiers.UpdateHandlerIgnoresFieldMask,
        title: "Update handler ignores the request's FieldMask",
        messageFormat: "The update handler '{0}' never reads '{1}'; update only the fields the mask names (AIP-134)",
        RuleCategory.FieldMask,
        RuleSeverity.Warning,
        description: "An Update RPC whose request carries a google.protobuf.FieldMask promises a partial update (AIP-134): only the named fields change, an omitted mask means the populated fields, '*' means full replacement, and invalid paths are INVALID_ARGUMENT. A handler that never reads the mask overwrites every field, so a client that sends only a new display name erases the email, role and metadata it did not send.",
        apiLinterEquivalent: "core::0134::request-mask-required",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor ListHandlerAcceptsNegativePageSize = new(
        RuleIdentifiers.ListHandlerAcceptsNegativePageSize,
        title: "List handler does not reject a negative page size",
        messageFormat: "The List handler '{0}' never rejects a negative '{1}'; throw an RpcException with StatusCode.InvalidArgument when it is below 0 (AIP-158)",
        RuleCategory.Pagination,
        RuleSeverity.Warning,
        description: "AIP-158: page_size 0 means the server's default, a value above the maximum is coerced, and a negative value is an error (INVALID_ARGUMENT). A List handler that never checks for negatives passes them on: Take(-5) throws deep in LINQ or the database driver, or a slice silently returns nothing, and the client gets Unknown or an empty page instead of a clear error.",
        hasCodeFix: true,
        options: RuleOptionCatalog.ListHandlerAcceptsNegativePageSize.All,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor UnboundedMessageSize = new(
        RuleIdentifiers.UnboundedMessageSize,
        title: "gRPC message size limit is unbounded or too large",
        messageFormat: "'{0}' is set to {1}; set an explicit limit of at most {2} bytes and stream larger payloads",
        RuleCategory.MessageSize,
        RuleSeverity.Warning,
        description: "gRPC buffers a whole message in memory before it is deserialized (receive) or sent (send). grpc-dotnet's default receive limit is 4 MB; null, int.MaxValue or Grpc.Core's -1 remove the limit, so one large or hostile message can exhaust the process's memory. Keep an explicit limit and stream payloads that do not fit.",
        options: RuleOptionCatalog.UnboundedMessageSize.All,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor StreamingCallNotDisposed = new(
        RuleIdentifiers.StreamingCallNotDisposed,
        title: "gRPC streaming call is never disposed",
        messageFormat: "The streaming call '{0}' returned by '{1}' is never disposed; declare it with 'using'",
        RuleCategory.Streaming,
        RuleSeverity.Warning,
        description: "Disposing a streaming call (AsyncServerStreamingCall, AsyncClientStreamingCall, AsyncDuplexStreamingCall) cancels it if it is still running and releases its HTTP/2 stream. A call that is never disposed keeps the stream, the connection slot and the server's work alive until the server ends it, which for a stream may be never.",
        hasCodeFix: true,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor BlockingGrpcCall = new(
        RuleIdentifiers.BlockingGrpcCall,
        title: "Blocking wait on a gRPC call",
        messageFormat: "'{0}' blocks the thread until the gRPC call completes; use 'await {1}' instead",
        RuleCategory.Usage,
        RuleSeverity.Warning,
        description: ".Result, .Wait() and .GetAwaiter().GetResult() on an AsyncUnaryCall or its ResponseAsync/ResponseHeadersAsync, and the synchronous generated client method inside an async method, block a thread-pool thread for the whole round trip. Under load this starves the thread pool (and deadlocks where a synchronization context is present). Await the asynchronous call instead.",
        hasCodeFix: true,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor ChannelPerCall = new(
        RuleIdentifiers.ChannelPerCall,
        title: "GrpcChannel created per call",
        messageFormat: "'GrpcChannel.{0}' creates a new channel {1}; create the channel once and reuse it (a singleton or the gRPC client factory)",
        RuleCategory.Usage,
        RuleSeverity.Warning,
        description: "A GrpcChannel owns its HTTP/2 connections: creating one per call or per request pays a TCP and TLS handshake every time, defeats connection reuse and load balancing, and leaks sockets when the channel is not disposed. Channels are thread-safe and meant to be long-lived: create one per address and share it, or register clients with AddGrpcClient.",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor NeverNullFieldComparedToNull = new(
        RuleIdentifiers.NeverNullFieldComparedToNull,
        title: "Protobuf string or bytes field compared to null",
        messageFormat: "'{0}' is never null, so this comparison is always {1}; use '{2}' instead",
        RuleCategory.Presence,
        RuleSeverity.Warning,
        description: "Google.Protobuf never returns null for a string or bytes field (implicit presence, optional or oneof): an unset field reads as \"\" or ByteString.Empty, and the setters reject null. A null check on such a field is constant: 'while (response.NextPageToken != null)' never ends. Test for the empty value, or HasXxx for optional and oneof fields. Only wrapper fields (google.protobuf.StringValue, BytesValue) are null when unset.",
        hasCodeFix: true,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor DefaultValueAsPresence = new(
        RuleIdentifiers.DefaultValueAsPresence,
        title: "Default value used to detect whether a field was set",
        messageFormat: "'{0}' has no presence, so '{1}' cannot tell an unset field from one set to {2}; make the field 'optional', use a wrapper type, or apply the request's update_mask",
        RuleCategory.Presence,
        RuleSeverity.Info,
        description: "A proto3 scalar field without 'optional' (and outside a oneof) is not serialized when it holds its default value: the server cannot tell 'the client did not send it' from 'the client set it to 0, \"\" or false'. Copying a request field only when it differs from the default makes it impossible to clear the field or set it to zero. Declare the field 'optional' (then test HasXxx), use a wrapper type, or follow AIP-134 and let the update_mask say which fields to change.",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor FieldMaskMergeWithoutOptions = new(
        RuleIdentifiers.FieldMaskMergeWithoutOptions,
        title: "FieldMask.Merge without MergeOptions",
        messageFormat: "'{0}' without MergeOptions appends repeated fields instead of replacing them and silently skips '*' and unknown paths; pass 'new FieldMask.MergeOptions {{ ReplaceRepeatedFields = true }}' and validate the mask first",
        RuleCategory.FieldMask,
        RuleSeverity.Warning,
        description: "Google.Protobuf's FieldMask.Merge(source, destination) uses default MergeOptions: a path naming a repeated field appends the source's elements to the destination's (AIP-134 says replace), '*' does nothing, unknown paths are ignored without an error, and map paths throw InvalidCastException. Pass MergeOptions with ReplaceRepeatedFields = true, reject invalid masks (FieldMask.IsValid<T>) with INVALID_ARGUMENT, and handle '*' yourself.",
        hasCodeFix: true,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor FieldMaskToStringAsPaths = new(
        RuleIdentifiers.FieldMaskToStringAsPaths,
        title: "FieldMask.ToString() used as a path list",
        messageFormat: "'{0}' is the FieldMask's diagnostic JSON (a quoted, camelCase string), not its paths; use 'string.Join(\",\", {1}.Paths)'",
        RuleCategory.FieldMask,
        RuleSeverity.Warning,
        description: "FieldMask.ToString(), string interpolation and string concatenation of a FieldMask return JsonFormatter's diagnostic form: a JSON string literal, quotes included, with every path converted to lowerCamelCase (paths display_name and age give \"displayName,age\" with the quotes), or a JSON object with a warning when a path cannot be converted. Parsing it, comparing it or sending it as a path list gives wrong paths. Use the Paths collection, or string.Join(\",\", mask.Paths).",
        hasCodeFix: true,
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor FieldMaskUnknownPath = new(
        RuleIdentifiers.FieldMaskUnknownPath,
        title: "FieldMask path names no field of the message",
        messageFormat: "FieldMask path '{0}' names no field of '{1}'; valid paths: {2}",
        RuleCategory.FieldMask,
        RuleSeverity.Warning,
        description: "A FieldMask path written as a string literal must name a field of the target message by its proto name (snake_case, dot-separated for nested messages). A misspelled or C#-cased path ('displayName', 'DisplayName') throws in FieldMask.FromString<T>, is ignored by FieldMask.Merge, and makes an AIP-134 server reject the request with INVALID_ARGUMENT.",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor InMemoryServiceNotPartial = new(
        RuleIdentifiers.InMemoryServiceNotPartial,
        title: "An in-memory service class must be partial",
        messageFormat: "'{0}' is marked [InMemoryService] but {1} is not partial; declare it partial so the implementation can be generated",
        RuleCategory.Generators,
        RuleSeverity.Error,
        description: "The in-memory service generator adds the implementation to the class marked [ProtoGuard.InMemoryService] as another part of it. A class that is not partial (or is nested in a class that is not) gets nothing, and every RPC stays UNIMPLEMENTED.",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor InMemoryServiceWithoutServiceBase = new(
        RuleIdentifiers.InMemoryServiceWithoutServiceBase,
        title: "An in-memory service class must derive from a Grpc.Tools service base",
        messageFormat: "'{0}' is marked [InMemoryService] but does not derive from a Grpc.Tools service base (such as UserService.UserServiceBase); nothing is generated",
        RuleCategory.Generators,
        RuleSeverity.Error,
        description: "The in-memory service generator implements the RPCs of the Grpc.Tools service base ([BindServiceMethod], nested in the service's static class) that the marked class derives from directly. Without one there is nothing to implement.",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor InMemoryMethodGenerated = new(
        RuleIdentifiers.InMemoryMethodGenerated,
        title: "An RPC is implemented in memory",
        messageFormat: "[InMemoryService] implements '{0}' as {1} of '{2}' (key '{3}')",
        RuleCategory.Generators,
        RuleSeverity.Info,
        description: "Says, at the [InMemoryService] attribute, how the generator recognized each RPC of the service: which standard method (Create, Get, List, Update, Delete, Watch, BulkCreate), which resource message and which key field.",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor InMemoryMethodNotGenerated = new(
        RuleIdentifiers.InMemoryMethodNotGenerated,
        title: "An RPC is not implemented in memory",
        messageFormat: "[InMemoryService] does not implement '{0}': {1}",
        RuleCategory.Generators,
        RuleSeverity.Info,
        description: "Says, at the [InMemoryService] attribute, which RPCs the generator left alone and why (the shape is not recognized, no key field was found, the partial class writes it). An RPC left alone answers UNIMPLEMENTED unless the partial class overrides it.",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor InMemoryServiceInvalidOptions = new(
        RuleIdentifiers.InMemoryServiceInvalidOptions,
        title: "In-memory service options are invalid",
        messageFormat: "[InMemoryService] option {0}; nothing is generated",
        RuleCategory.Generators,
        RuleSeverity.Error,
        description: "DefaultPageSize must be at least 1, MaxPageSize at least DefaultPageSize, and WatchBufferCapacity at least 1. With invalid options nothing is generated, so every RPC stays UNIMPLEMENTED.",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor InvalidGeneratorSetting = new(
        RuleIdentifiers.InvalidGeneratorSetting,
        title: "Invalid ProtoGuard generator setting",
        messageFormat: "{0} is '{1}', which is not {2}; it is treated as '{3}'",
        RuleCategory.Usage,
        RuleSeverity.Warning,
        description: "Two MSBuild settings choose what ProtoGuard's generators generate. ProtoGuardFieldMaskHelpers (a property, and metadata of the same name on a Protobuf item) chooses which messages get FieldMask helpers: 'all', 'auto' (the default) or 'none'; any other value is treated as 'auto'. ProtoGuardPagedMethods chooses which Grpc.Tools clients get paged methods: 'all', 'used' (the default of command-line builds) or 'none'; any other value is treated as 'all'. Values are compared in any case. A typo ('al', 'true') silently does not add or remove what the setting meant to.",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor FieldMaskHelpersUnavailable = new(
        RuleIdentifiers.FieldMaskHelpersUnavailable,
        title: "FieldMask helper used where none is generated",
        messageFormat: "'{0}' is not generated for '{1}': {2}",
        RuleCategory.Usage,
        RuleSeverity.Warning,
        description: "ProtoGuard generates the FieldMask helpers (ApplyFieldMask, ComputeFieldMask, IsValidPath, ValidatePaths, FieldPaths) on demand for the protobuf messages the code uses them on. When a use cannot get them, the compiler only says that the member does not exist; this rule says why: the type is not a protobuf message, ProtoGuardFieldMaskHelpers is 'none', the message was generated by a protoc older than 3.12 (without [GeneratedCode], which the generator finds descriptors through), or the message comes from a referenced assembly, whose class cannot be extended, so that its static helpers live in a generated 'XxxFieldMask' class.",
        language: RuleLanguage.CSharp);

    public static readonly RuleDescriptor PagedMethodNotGenerated = new(
        RuleIdentifiers.PagedMethodNotGenerated,
        title: "List RPC without a generated paged method",
        messageFormat: "RPC '{0}' gets no '{1}': {2}",
        RuleCategory.Usage,
        RuleSeverity.Info,
        description: "ProtoGuard generates ListXxxPagedAsync and ListXxxPaged for the unary RPCs of Grpc.Tools clients with the AIP-158 shape: int32 page_size and string page_token in the request, string next_page_token and exactly one repeated field in the response. For a List RPC (one with a paging field) that misses the shape, this rule says, where the code calls the RPC or asks for the paged method, what is missing and what to change.",
        language: RuleLanguage.CSharp);

    /// <summary>Every rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        SyntaxError,
        UnresolvedImport,
        UnresolvedType,
        DuplicateSymbol,
        InvalidFieldNumber,
        DuplicateNumber,
        ReservedConflict,
        InvalidRange,
        Proto3Violation,
        InvalidOption,
        ImportCycle,
        InvalidTypeUsage,
        UnusedImport,
        NameConflict,
        LegacyNameConflict,
        ExtensionNumberReused,
        DeprecatedFeature,
        EnumZeroValueUnspecified,
        EnumZeroValueSuffix,
        DirectorySamePackage,
        PackageDefined,
        PackageDirectoryMatch,
        PackageNoImportCycle,
        PackageSameDirectory,
        EnumFirstValueZero,
        EnumNoAllowAlias,
        EnumPascalCase,
        EnumValueUpperSnakeCase,
        FieldLowerSnakeCase,
        FieldNotRequired,
        ImportNoPublic,
        ImportUsed,
        MessagePascalCase,
        OneofLowerSnakeCase,
        PackageLowerSnakeCase,
        PackageSameCsharpNamespace,
        PackageSameGoPackage,
        PackageSameJavaMultipleFiles,
        PackageSameJavaPackage,
        PackageSamePhpNamespace,
        PackageSameRubyPackage,
        PackageSameSwiftPrefix,
        RpcPascalCase,
        ServicePascalCase,
        SyntaxSpecified,
        EnumValuePrefix,
        FileLowerSnakeCase,
        PackageVersionSuffix,
        RpcRequestResponseUnique,
        RpcRequestStandardName,
        RpcResponseStandardName,
        ServiceSuffix,
        CommentEnum,
        CommentEnumValue,
        CommentField,
        CommentMessage,
        CommentOneof,
        CommentRpc,
        CommentService,
        RpcNoClientStreaming,
        RpcNoServerStreaming,
        StablePackageNoImportUnstable,
        ImportNoWeak,
        UnusedIgnore,
        ReservedNumberAndName,
        ListMethodShape,
        UpdateMethodFieldMask,
        FieldNumberGap,
        UpdateFieldWithoutPresence,
        UnaryPayloadSize,
        StandardMethodShape,
        BaselineMissing,
        BaselineInvalid,
        GitRefUnreadable,
        ClientCallWithoutDeadline,
        DeadlineNotUtc,
        HandlerCallWithoutPropagation,
        HandlerCallWithoutCancellation,
        StreamingLoopIgnoresCancellation,
        PropagationTokenOnAspNetCore,
        HandlerReturnsNull,
        UpdateHandlerIgnoresFieldMask,
        ListHandlerAcceptsNegativePageSize,
        UnboundedMessageSize,
        StreamingCallNotDisposed,
        BlockingGrpcCall,
        ChannelPerCall,
        NeverNullFieldComparedToNull,
        DefaultValueAsPresence,
        FieldMaskMergeWithoutOptions,
        FieldMaskToStringAsPaths,
        FieldMaskUnknownPath,
        InvalidGeneratorSetting,
        FieldMaskHelpersUnavailable,
        PagedMethodNotGenerated,
        InMemoryServiceNotPartial,
        InMemoryServiceWithoutServiceBase,
        InMemoryMethodGenerated,
        InMemoryMethodNotGenerated,
        InMemoryServiceInvalidOptions,
    }.Concat(BreakingRuleCatalog.All).OrderBy(rule => rule.Id, System.StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(rule => rule.Id, System.StringComparer.Ordinal);

    /// <summary>The rule with the given id, or null.</summary>
    public static RuleDescriptor? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;
}
