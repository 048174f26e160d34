#!/usr/bin/env python3
"""Writes the crafted proto2 / editions / option-import conformance corpus next to this script.

Each generated file exercises one construct family in several positions; ProtocConformanceCorpusTests compares the
FileDescriptorSet ProtoGuard writes for all of them with protoc 35.1's, byte for byte. Re-run after editing:
    python3 generate.py
The hand-written files in this directory (not prefixed gen_) are kept as they are.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

SCALARS = {
    # type: (values usable in options, default values)
    "double": (["0", "-0.0", "1.5e300", "-2.25", "inf", "-inf", "nan", "-nan", "7"], ["-inf", "nan", "-nan", "1e-310", "0.1"]),
    "float": (["0", "3.4028234e38", "-1.5", "inf", "-inf", "nan", "-nan", "1e-45"], ["inf", "-nan", "0.1", "1e10"]),
    "int32": (["0", "-2147483648", "2147483647", "0x7f", "-0x10", "017"], ["-2147483648", "0x10", "-017"]),
    "int64": (["0", "-9223372036854775808", "9223372036854775807", "0x7fffffffffffffff"], ["-9223372036854775808", "42"]),
    "uint32": (["0", "4294967295", "0xffffffff"], ["4294967295", "0"]),
    "uint64": (["0", "18446744073709551615", "0xffffffffffffffff"], ["18446744073709551615"]),
    "sint32": (["-1", "-2147483648", "2147483647"], ["-5"]),
    "sint64": (["-1", "-9223372036854775808"], ["-9223372036854775807"]),
    "fixed32": (["0", "4294967295"], ["123"]),
    "fixed64": (["18446744073709551615"], ["0x10"]),
    "sfixed32": (["-2147483648"], ["-1"]),
    "sfixed64": (["-9223372036854775808"], ["9223372036854775807"]),
    "bool": (["true", "false"], ["true", "false"]),
    "string": (['"plain"', '"esc\\n\\t\\"\\\\ \\x41\\101\\u00e9\\U0001F600"', "'single' \"concat\"", '"\\377raw"', '""'], ['"d\\"q"', '"\\001\\377"', '"é"']),
    "bytes": (['"\\000\\001\\377bin"', '"\\xfe\\xff"', '""'], ['"\\000\\xff\\n"', '"abc"']),
}

TARGETS = ["FileOptions", "MessageOptions", "FieldOptions", "EnumOptions", "EnumValueOptions", "ServiceOptions", "MethodOptions", "OneofOptions", "ExtensionRangeOptions"]


def write(name, text):
    with open(os.path.join(HERE, name), "w", newline="\n") as f:
        f.write(text)


def scalar_option_files():
    """One proto2 file per scalar type: an option of that type on every kind of element, singular and repeated, plus defaults."""
    for index, (scalar, (values, defaults)) in enumerate(SCALARS.items()):
        base = 51000 + index * 20
        lines = ['syntax = "proto2";', "", f"package gen.scalar.{scalar};", "", 'import "google/protobuf/descriptor.proto";', ""]
        for t, target in enumerate(TARGETS):
            lines.append(f"extend google.protobuf.{target} {{")
            lines.append(f"  optional {scalar} {target.lower()}_one = {base + t};")
            lines.append(f"  repeated {scalar} {target.lower()}_many = {base + 10 + t};")
            lines.append("}")
            lines.append("")
        v = values
        lines.append(f"option ({TARGETS[0].lower()}_one) = {v[0]};")
        for item in v:
            lines.append(f"option ({TARGETS[0].lower()}_many) = {item};")
        lines.append("")
        lines.append("message Holder {")
        lines.append(f"  option (messageoptions_one) = {v[-1]};")
        for item in v:
            lines.append(f"  option (messageoptions_many) = {item};")
        lines.append("  extensions 100 to 199 [(extensionrangeoptions_one) = %s];" % v[0])
        for d, default in enumerate(defaults):
            if scalar in ("bool",) and d > 1:
                break
            lines.append(f"  optional {scalar} with_default_{d} = {d + 1} [default = {default}, (fieldoptions_one) = {v[d % len(v)]}];")
        lines.append(f"  repeated {scalar} listed = 20 [(fieldoptions_many) = {v[0]}, (fieldoptions_many) = {v[-1]}];")
        lines.append("  oneof choice {")
        lines.append(f"    option (oneofoptions_one) = {v[0]};")
        lines.append(f"    {scalar} picked = 21;")
        lines.append("  }")
        lines.append("}")
        lines.append("")
        lines.append("enum Kind {")
        lines.append(f"  option (enumoptions_one) = {v[-1]};")
        lines.append(f"  KIND_ZERO = 0 [(enumvalueoptions_one) = {v[0]}];")
        lines.append(f"  KIND_ONE = 1 [(enumvalueoptions_many) = {v[-1]}, (enumvalueoptions_many) = {v[0]}];")
        lines.append("}")
        lines.append("")
        lines.append("service Api {")
        lines.append(f"  option (serviceoptions_one) = {v[0]};")
        lines.append("  rpc Call(Holder) returns (Holder) {")
        lines.append(f"    option (methodoptions_one) = {v[-1]};")
        lines.append("  }")
        lines.append("}")
        write(f"gen_scalar_{scalar}.proto", "\n".join(lines) + "\n")


def aggregate_files():
    """Message-valued options: aggregates (text format) with every scalar, nested and repeated messages, lists, extensions, Any."""
    for n, edition in enumerate(['syntax = "proto2";', 'edition = "2023";', 'edition = "2024";']):
        proto2 = "proto2" in edition
        opt = "optional " if proto2 else ""
        rep = "repeated "
        pkg = f"gen.aggregate.v{n}"
        lines = [edition, "", f"package {pkg};", "", 'import "google/protobuf/any.proto";', 'import "google/protobuf/descriptor.proto";', ""]
        lines.append("message Config {")
        for i, scalar in enumerate(SCALARS):
            lines.append(f"  {opt}{scalar} f_{scalar} = {i + 1};")
            lines.append(f"  {rep}{scalar} r_{scalar} = {i + 101};")
        lines.append(f"  {opt}Config child = 40;")
        lines.append(f"  {rep}Config children = 41;")
        lines.append(f"  {opt}Level level = 42;")
        lines.append(f"  {rep}Level levels = 43;")
        lines.append(f"  {opt}google.protobuf.Any any = 44;")
        lines.append("  extensions 1000 to 1999;")
        lines.append("}")
        lines.append("")
        lines.append("enum Level {")
        if not proto2:
            lines.append("  LEVEL_UNSPECIFIED = 0;")
        lines.append("  LEVEL_LOW = 1;")
        lines.append("  LEVEL_HIGH = 2;")
        lines.append("}")
        lines.append("")
        lines.append("extend Config {")
        lines.append(f"  {opt}string note = 1000;")
        lines.append(f"  {rep}int32 marks = 1001;")
        lines.append("}")
        lines.append("")
        lines.append("extend google.protobuf.MessageOptions {")
        lines.append(f"  {opt}Config config = {52001 + n * 10};")
        lines.append(f"  {rep}Config configs = {52002 + n * 10};")
        lines.append("}")
        lines.append("")
        lines.append("extend google.protobuf.FieldOptions {")
        lines.append(f"  {opt}Config field_config = {52001 + n * 10};")
        lines.append("}")
        lines.append("")
        body = []
        for scalar, (values, _) in SCALARS.items():
            body.append(f"f_{scalar}: {values[-1]}")
            body.append(f"r_{scalar}: [{', '.join(values[:3])}]")
        body.append("child { f_int32: 7 child < f_string: 'deep' > }")
        body.append("children: [{ f_bool: true }, { f_bool: false level: LEVEL_HIGH }]")
        body.append("children { r_int32: 1 r_int32: 2 }")
        body.append("level: LEVEL_LOW")
        body.append("levels: [LEVEL_LOW, LEVEL_HIGH]")
        body.append(f"any {{ [type.googleapis.com/{pkg}.Config] {{ f_string: \"packed\" r_int64: [1, -1] }} }}")
        body.append(f"[{pkg}.note]: \"extension\"")
        body.append(f"[{pkg}.marks]: [3, 4]")
        lines.append("message Annotated {")
        lines.append("  option (config) = {")
        for item in body:
            lines.append("    " + item)
        lines.append("  };")
        lines.append("  option (configs) = { f_int32: 1 };")
        lines.append("  option (configs) = { f_int32: 2, f_string: \"two\"; };")
        lines.append("  option (config).child.child.f_uint64 = 99;" if False else "")
        lines.append(f"  {opt}int32 value = 1 [(field_config) = {{ f_double: -nan f_float: -inf level: LEVEL_HIGH }}];")
        lines.append(f"  {opt}int32 other = 2 [(field_config).f_double = nan, (field_config).child.f_string = \"sub\"];")
        lines.append("}")
        write(f"gen_aggregate_{['proto2', 'edition2023', 'edition2024'][n]}.proto", "\n".join(line for line in lines if line != "" or True) + "\n")


FEATURES = {
    # feature: (values, element kinds where it may be set)
    "field_presence": (["EXPLICIT", "IMPLICIT"], ["file", "field"]),
    "enum_type": (["OPEN", "CLOSED"], ["file", "enum"]),
    "repeated_field_encoding": (["PACKED", "EXPANDED"], ["file", "message", "field"]),
    "utf8_validation": (["VERIFY", "NONE"], ["file", "message", "field"]),
    "message_encoding": (["LENGTH_PREFIXED", "DELIMITED"], ["file", "message", "field"]),
    "json_format": (["ALLOW", "LEGACY_BEST_EFFORT"], ["file", "message", "enum"]),
}


def feature_files():
    """Every built-in feature and value at file level in editions 2023 and 2024, with elements that inherit and override it."""
    for edition in ("2023", "2024"):
        for feature, (values, _) in FEATURES.items():
            for value in values:
                lines = [f'edition = "{edition}";', "", f"package gen.feature.e{edition}.{feature}.{value.lower()};", ""]
                lines.append(f"option features.{feature} = {value};")
                lines.append("")
                lines.append("message Inner {")
                lines.append("  int32 id = 1;")
                lines.append("}")
                lines.append("")
                lines.append("enum State {")
                if feature == "enum_type" and value == "CLOSED":
                    lines.append("  STATE_ACTIVE = 1;")
                    lines.append("  STATE_IDLE = 0;")
                else:
                    lines.append("  STATE_UNSPECIFIED = 0;")
                    lines.append("  STATE_ACTIVE = 1;")
                lines.append("}")
                lines.append("")
                lines.append("message Record {")
                required = feature == "field_presence" and value == "LEGACY_REQUIRED"
                implicit = feature == "field_presence" and value == "IMPLICIT"
                lines.append("  string name = 1;")
                lines.append("  repeated int32 scores = 2;")
                lines.append("  repeated State states = 3;")
                lines.append("  Inner inner = 4;" if not implicit else "  Inner inner = 4 [features.field_presence = EXPLICIT];")
                lines.append("  repeated Inner inners = 5;")
                lines.append("  map<string, Inner> by_name = 6;")
                lines.append("  bytes blob = 7;")
                if feature == "enum_type" and value == "CLOSED":
                    lines.append("  State state = 8;")
                elif implicit:
                    lines.append("  State state = 8;")
                else:
                    lines.append("  State state = 8 [default = STATE_ACTIVE];")
                lines.append("  oneof pick {")
                lines.append("    string text = 9;")
                lines.append("    Inner nested = 10;")
                lines.append("  }")
                if not required:
                    lines.append("  int64 counter = 11 [features.field_presence = IMPLICIT];")
                    lines.append("  string strict = 12 [features.field_presence = EXPLICIT, features.utf8_validation = VERIFY];")
                lines.append("  repeated sint32 expanded = 13 [features.repeated_field_encoding = EXPANDED];")
                lines.append("  Inner grouped = 14 [features.message_encoding = DELIMITED];")
                lines.append("  double ratio = 15 [default = -inf];" if not implicit else "  double ratio = 15;")
                lines.append("  message Nested {")
                lines.append("    option features.json_format = LEGACY_BEST_EFFORT;")
                lines.append("    repeated fixed32 values = 1 [features.repeated_field_encoding = EXPANDED];")
                lines.append("    string loose = 2 [features.utf8_validation = NONE];")
                lines.append("    Inner child = 3 [features.message_encoding = DELIMITED];")
                lines.append("    string legacy_required = 4 [features.field_presence = LEGACY_REQUIRED];")
                lines.append("  }")
                lines.append("  Nested nested_value = 16;")
                lines.append("  reserved 100 to 110, 120;")
                lines.append("  reserved old_name, older_name;" if edition == "2023" else "  reserved old_name, older_name;")
                lines.append("  extensions 1000 to max;")
                lines.append("}")
                lines.append("")
                lines.append("extend Record {")
                lines.append("  repeated int32 extra = 1000;")
                lines.append("  Inner extra_inner = 1001;")
                lines.append("}")
                lines.append("")
                lines.append("enum Mode {")
                lines.append("  option features.enum_type = CLOSED;")
                lines.append("  MODE_FAST = 2;")
                lines.append("  MODE_SLOW = 3;")
                lines.append("}")
                write(f"gen_feature_{edition}_{feature}_{value.lower()}.proto", "\n".join(lines) + "\n")


def option_import_files():
    """Edition 2024 `import option`: custom options and custom features defined in other files, used on every element."""
    write("gen_opt_defs.proto", "\n".join([
        'edition = "2024";',
        "",
        "package gen.defs;",
        "",
        'import "google/protobuf/descriptor.proto";',
        "",
        "message Features {",
        "  enum Mode {",
        "    MODE_UNKNOWN = 0;",
        "    MODE_A = 1;",
        "    MODE_B = 2;",
        "  }",
        "  Mode mode = 1 [",
        "    retention = RETENTION_RUNTIME,",
        "    targets = TARGET_TYPE_FILE,",
        "    targets = TARGET_TYPE_MESSAGE,",
        "    targets = TARGET_TYPE_FIELD,",
        "    feature_support = { edition_introduced: EDITION_2023 },",
        "    edition_defaults = { edition: EDITION_LEGACY, value: \"MODE_A\" }",
        "  ];",
        "  bool legacy = 2 [",
        "    retention = RETENTION_SOURCE,",
        "    targets = TARGET_TYPE_ENUM,",
        "    targets = TARGET_TYPE_FILE,",
        "    feature_support = { edition_introduced: EDITION_2023 },",
        "    edition_defaults = { edition: EDITION_LEGACY, value: \"false\" }",
        "  ];",
        "}",
        "",
        "extend google.protobuf.FeatureSet {",
        "  Features gen = 9995;",
        "}",
        "",
        "message Rule {",
        "  string expr = 1;",
        "  repeated string tags = 2;",
        "  int32 weight = 3;",
        "}",
        "",
        "extend google.protobuf.FileOptions {",
        "  string owner = 53001;",
        "  Rule file_rule = 53002;",
        "}",
        "",
        "extend google.protobuf.MessageOptions {",
        "  Rule rule = 53001;",
        "  repeated string labels = 53002;",
        "  double threshold = 53003;",
        "}",
        "",
        "extend google.protobuf.FieldOptions {",
        "  Rule field_rule = 53001 [retention = RETENTION_SOURCE];",
        "  float scale = 53002;",
        "}",
        "",
        "extend google.protobuf.EnumValueOptions {",
        "  string alias = 53001;",
        "}",
        "",
        "extend google.protobuf.MethodOptions {",
        "  int32 timeout_ms = 53001;",
        "}",
        "",
        "extend google.protobuf.ServiceOptions {",
        "  string host = 53001;",
        "}",
        "",
    ]))
    write("gen_opt_reexport.proto", "\n".join([
        'edition = "2024";',
        "",
        "package gen.reexport;",
        "",
        'import public "gen_opt_defs.proto";',
        "",
    ]))
    for n, (imports, prefix) in enumerate([
        (['import option "gen_opt_defs.proto";'], "gen.defs"),
        (['import option "gen_opt_reexport.proto";'], "gen.defs"),
        (['import "google/protobuf/timestamp.proto";', 'import option "gen_opt_defs.proto";'], ".gen.defs"),
        (['import option "gen_opt_defs.proto";', 'import option "google/protobuf/descriptor.proto";'], "gen.defs"),
    ]):
        lines = ['edition = "2024";', "", f"package gen.optimport.v{n};", ""] + imports + [""]
        lines.append(f"option ({prefix}.owner) = \"team-{n}\";")
        lines.append(f"option ({prefix}.file_rule) = {{ expr: \"true\" tags: [\"a\", \"b\"] weight: -{n} }};")
        lines.append(f"option features.({prefix}.gen).mode = MODE_B;")
        lines.append(f"option features.({prefix}.gen).legacy = true;")
        lines.append("")
        lines.append("message Item {")
        lines.append(f"  option ({prefix}.rule).expr = \"size > 0\";")
        lines.append(f"  option ({prefix}.rule).tags = \"x\";")
        lines.append(f"  option ({prefix}.labels) = \"first\";")
        lines.append(f"  option ({prefix}.labels) = \"second\";")
        lines.append(f"  option ({prefix}.threshold) = {['nan', '-nan', 'inf', '-inf'][n]};")
        lines.append(f"  option features.({prefix}.gen).mode = MODE_A;")
        if n == 2:
            lines.append("  google.protobuf.Timestamp at = 1;")
        else:
            lines.append("  int64 at = 1;")
        lines.append(f"  string name = 2 [({prefix}.field_rule) = {{ expr: \"len(name) < 10\" }}, ({prefix}.scale) = {['nan', '-nan', '0.5', '-inf'][n]}];")
        lines.append(f"  repeated int32 ids = 3 [features.({prefix}.gen).mode = MODE_B, features.repeated_field_encoding = EXPANDED];")
        lines.append("}")
        lines.append("")
        lines.append("enum Color {")
        lines.append(f"  option features.({prefix}.gen).legacy = false;")
        lines.append(f"  COLOR_UNSPECIFIED = 0 [({prefix}.alias) = \"none\"];")
        lines.append(f"  COLOR_RED = 1 [({prefix}.alias) = \"red\", deprecated = true];")
        lines.append("}")
        lines.append("")
        lines.append("service Store {")
        lines.append(f"  option ({prefix}.host) = \"store.example.com\";")
        lines.append("  rpc Get(Item) returns (Item) {")
        lines.append(f"    option ({prefix}.timeout_ms) = {1000 * (n + 1)};")
        lines.append("    option idempotency_level = NO_SIDE_EFFECTS;")
        lines.append("  }")
        lines.append("}")
        write(f"gen_opt_import_{n}.proto", "\n".join(lines) + "\n")


def proto2_files():
    """proto2: groups, required, extensions (nested and top-level, message-set), defaults, every label."""
    write("gen_proto2_groups.proto", "\n".join([
        'syntax = "proto2";',
        "",
        "package gen.p2.groups;",
        "",
        "message Outer {",
        "  optional group Result = 1 {",
        "    required string url = 2;",
        "    optional string title = 3 [default = \"untitled\"];",
        "    repeated group Snippet = 4 {",
        "      optional int32 line = 5;",
        "    }",
        "  }",
        "  repeated group Entry = 6 {",
        "    optional bytes key = 7 [default = \"\\x00\\x01\"];",
        "  }",
        "  oneof choice {",
        "    group Picked = 8 {",
        "      optional bool flag = 9 [default = true];",
        "    }",
        "    string other = 10;",
        "  }",
        "  extensions 100 to 200, 300 to max;",
        "}",
        "",
        "extend Outer {",
        "  optional group Ext = 100 {",
        "    optional int32 a = 1;",
        "  }",
        "  repeated string more = 101 [packed = false];",
        "}",
        "",
    ]))
    write("gen_proto2_extensions.proto", "\n".join([
        'syntax = "proto2";',
        "",
        "package gen.p2.ext;",
        "",
        "message Container {",
        "  extensions 10 to 19;",
        "  extensions 20;",
        "  extensions 30 to 40 [declaration = { number: 30, full_name: \".gen.p2.ext.declared\", type: \"int32\" }];",
        "  optional int32 own = 1;",
        "  message Scope {",
        "    extend Container {",
        "      optional Scope scoped = 10;",
        "      repeated int32 scoped_numbers = 11 [packed = true];",
        "    }",
        "    optional string value = 1;",
        "  }",
        "}",
        "",
        "extend Container {",
        "  optional int32 declared = 30;",
        "  optional double ratio = 12 [default = nan];",
        "  optional float small = 13 [default = -inf];",
        "  optional Kind kind = 14 [default = KIND_B];",
        "  optional uint64 big = 15 [default = 18446744073709551615];",
        "  optional string text = 16 [default = \"\\\"quoted\\\"\\n\"];",
        "}",
        "",
        "enum Kind {",
        "  KIND_A = 1;",
        "  KIND_B = 2;",
        "  KIND_C = -3;",
        "}",
        "",
        "message Legacy {",
        "  option message_set_wire_format = true;",
        "  extensions 4 to max;",
        "}",
        "",
        "message Item {",
        "  extend Legacy {",
        "    optional Item in_set = 2147483646;",
        "  }",
        "  required int64 id = 1;",
        "  optional sint32 delta = 2 [default = -7];",
        "  repeated fixed64 stamps = 3 [packed = true];",
        "  optional Kind kind = 4 [default = KIND_C, deprecated = true];",
        "}",
        "",
    ]))
    write("gen_proto2_defaults.proto", "\n".join(
        ['syntax = "proto2";', "", "package gen.p2.defaults;", "", "message Defaults {"]
        + [f"  optional {scalar} d_{scalar}_{i} = {n * 10 + i + 1} [default = {value}];"
           for n, (scalar, (_, defaults)) in enumerate(SCALARS.items()) for i, value in enumerate(defaults)]
        + ["}", ""]))


MISC = {
    "visibility_2024": """edition = "2024";

package gen.misc.visibility;

option features.default_symbol_visibility = EXPORT_TOP_LEVEL;
option features.enforce_naming_style = STYLE2024;

export message Public {
  local message Hidden {
    int32 id = 1;
  }
  Hidden hidden = 1;
  export enum Kind {
    KIND_UNSPECIFIED = 0;
    KIND_ONE = 1;
  }
  Kind kind = 2;
}

local message Private {
  Public.Kind kind = 1;
}

local enum Internal {
  INTERNAL_UNSPECIFIED = 0;
}
""",
    "enums_proto2": """syntax = "proto2";

package gen.misc.enums;

enum Signed {
  option allow_alias = true;
  SIGNED_NEGATIVE = -2147483648;
  SIGNED_ZERO = 0;
  SIGNED_ALIAS = 0;
  SIGNED_MAX = 2147483647;
  reserved -100 to -50, 5, 7 to 9, 1000 to 2000;
  reserved "GONE", "ALSO_GONE";
}

message Holder {
  enum Nested {
    NESTED_B = 2;
    NESTED_A = 1;
  }
  optional Nested nested = 1 [default = NESTED_A];
  optional Signed signed = 2 [default = SIGNED_NEGATIVE];
  repeated Signed signed_list = 3 [packed = true];
}
""",
    "enums_editions": """edition = "2023";

package gen.misc.enums.ed;

enum Closed {
  option features.enum_type = CLOSED;
  CLOSED_ONE = 1;
  CLOSED_TWO = 2;
  reserved 10 to max;
}

enum Open {
  OPEN_UNSPECIFIED = 0;
  OPEN_LEGACY = 1 [deprecated = true];
  reserved OPEN_OLD;
}

message Uses {
  Closed closed = 1 [default = CLOSED_TWO];
  Open open = 2 [features.field_presence = IMPLICIT];
  repeated Closed closed_list = 3;
  repeated Open open_list = 4 [features.repeated_field_encoding = EXPANDED];
}
""",
    "services_proto2": """syntax = "proto2";

package gen.misc.services;

option cc_generic_services = true;
option java_generic_services = true;
option py_generic_services = true;

message Request {
  optional string id = 1;
}

message Response {
  optional string id = 1;
}

service Streams {
  option deprecated = true;
  rpc Unary(Request) returns (Response);
  rpc Client(stream Request) returns (Response) {
    option idempotency_level = IDEMPOTENT;
  }
  rpc Server(Request) returns (stream Response) {}
  rpc Both(stream .gen.misc.services.Request) returns (stream gen.misc.services.Response) {
    option deprecated = false;
  }
}
""",
    "scoping_proto2": """syntax = "proto2";

package gen.misc.scope;

message Foo {
  message Bar {
    optional int32 x = 1;
  }
  message Baz {
    message Foo {
      optional string shadow = 1;
    }
    optional Foo inner = 1;
    optional .gen.misc.scope.Foo outer = 2;
    optional Bar bar = 3;
    optional scope.Foo.Bar qualified = 4;
  }
  optional Baz baz = 1;
}

message Qux {
  optional Foo.Baz.Foo deep = 1;
  map<int64, Foo.Bar> by_id = 2;
  map<bool, string> flags = 3;
  map<sfixed32, bytes> blobs = 4;
}
""",
    "json_names_proto2": """syntax = "proto2";

package gen.misc.json;

message Names {
  optional int32 snake_case_name = 1;
  optional int32 _leading = 2;
  optional int32 trailing_ = 3;
  optional int32 double__under = 4;
  optional int32 custom = 5 [json_name = "renamed"];
  optional int32 with_digits_2x = 6;
  optional int32 UPPER_CASE = 7 [json_name = "UPPER_CASE"];
}
""",
    "required_editions": """edition = "2023";

package gen.misc.required;

option features.utf8_validation = NONE;

message Strict {
  int32 id = 1 [features.field_presence = LEGACY_REQUIRED];
  string name = 2 [features.utf8_validation = VERIFY];
  Strict next = 3 [features.message_encoding = DELIMITED];
  repeated Strict chain = 4 [features.message_encoding = DELIMITED];
  extensions 100 to 200 [verification = UNVERIFIED];
}

extend Strict {
  string tag = 100;
  repeated int64 numbers = 101 [features.repeated_field_encoding = EXPANDED];
}
""",
    "file_options_proto2": """syntax = "proto2";

package gen.misc.fileopts;

option java_package = "com.example.gen";
option java_outer_classname = "FileOptionsProto";
option java_multiple_files = true;
option java_string_check_utf8 = true;
option optimize_for = CODE_SIZE;
option go_package = "example.com/gen;gen";
option cc_enable_arenas = false;
option objc_class_prefix = "GEN";
option csharp_namespace = "Gen.Misc";
option swift_prefix = "Gen";
option php_namespace = "Gen\\\\Misc";
option ruby_package = "Gen::Misc";
option deprecated = true;

message Empty {
  option deprecated = true;
  option no_standard_descriptor_accessor = true;
}
""",
    "features_everywhere_2024": """edition = "2024";

package gen.misc.everywhere;

import option "gen_opt_defs.proto";

option features.(gen.defs.gen).mode = MODE_A;

message Host {
  option features.(gen.defs.gen).mode = MODE_B;
  oneof pick {
    int32 a = 1;
    string b = 2 [features.(gen.defs.gen).mode = MODE_A];
  }
  extensions 10 to 20;
}

extend Host {
  int32 ext = 10 [features.(gen.defs.gen).mode = MODE_B];
}

enum Tone {
  option features.(gen.defs.gen).legacy = true;
  TONE_UNSPECIFIED = 0 [deprecated = true];
}
""",
    "oneofs_and_maps_2023": """edition = "2023";

package gen.misc.maps;

message Value {
  oneof kind {
    double number = 1;
    string text = 2;
    bool flag = 3;
    Value nested = 4;
    bytes raw = 5;
  }
  map<string, Value> fields = 6;
  map<uint32, string> names = 7;
  map<int32, Tone> tones = 8;
  oneof second {
    int64 big = 9;
  }
}

enum Tone {
  TONE_UNSPECIFIED = 0;
  TONE_LOW = 1;
}
""",
}


def misc_files():
    """Hand-written files for the constructs the generated families do not cover."""
    for name, text in MISC.items():
        write(f"gen_misc_{name}.proto", text)


def main():
    for name in os.listdir(HERE):
        if name.startswith("gen_") and name.endswith(".proto"):
            os.remove(os.path.join(HERE, name))
    scalar_option_files()
    aggregate_files()
    feature_files()
    option_import_files()
    proto2_files()
    misc_files()


if __name__ == "__main__":
    main()
