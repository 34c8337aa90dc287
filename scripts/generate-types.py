#!/usr/bin/env python3
"""Writes the typed Swift views of the API objects into Sources/API/Generated/Types/.

It reads the same facts as scripts/generate-api.py (which calls it, so one command regenerates
everything under Sources/API/Generated/):

    pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
    python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

It can also run alone, with the same argument:

    python3 scripts/generate-types.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

Which definitions: every one reachable from the kinds of `ResourceCatalog.builtIn` (read from
Sources/API/ResourceCatalog.swift) and their lists, from EXTRA_ROOTS, and every definition of
meta/v1. Each becomes a struct in a caseless enum named after its group and version (`CoreV1.Pod`,
`AppsV1.DeploymentSpec`, `MetaV1.ObjectMeta`), conforming to `JSONBacked`: it holds the object as
`JSON` and has one computed property per schema property that reads and writes that JSON, so
fields the type does not know survive a read-modify-write.

Property mapping (see Sources/API/TypesSupport/TypesSupport.swift for the helpers):

  string, Time, MicroTime, byte      String?        (nil removes the member)
  integer int32 / int64 / none       Int32? / Int64? / Int64?
  number, boolean                    Double?, Bool?
  Quantity                           String?        (a number on the wire reads as its text)
  IntOrString                        IntOrString?
  RawExtension, FieldsV1, JSON, ...  JSON?          (definitions without properties)
  object definition                  the struct, not optional: an absent member reads as a view
                                     over null (`isPresent` is false); setting a nested field
                                     creates it
  array of T                         [T]            (absent reads as []; [] is written as [])
  map of T                           [String: T]    (absent reads as [:]; [:] is written as {})

Kinds of the catalog conform to `KubernetesObject`; definitions with exactly one group-version-kind
get an `init()` that sets `apiVersion` and `kind`. No description text is copied.

Any schema shape this script does not know stops it.
"""

import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, ".."))
OUTPUT_DIR = os.path.join(REPO, "Sources", "API", "Generated", "Types")
CATALOG = os.path.join(REPO, "Sources", "API", "ResourceCatalog.swift")

EXTRA_ROOTS = [
    "io.k8s.api.policy.v1.Eviction",
    "io.k8s.api.core.v1.Binding",
    "io.k8s.api.autoscaling.v1.Scale",
    "io.k8s.api.authentication.v1.TokenRequest",
]
META_PACKAGE = "io.k8s.apimachinery.pkg.apis.meta.v1"

# A file is split into several (`CoreV1.swift`, `CoreV1+2.swift`, ...) past this many lines, so the
# compiler can work on the parts in parallel.
MAX_LINES_PER_FILE = 4000

SWIFT_KEYWORDS = {
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
    "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
    "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
    "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
    "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
}
# Names the generated code uses unqualified: no generated type may take one of them.
RESERVED_TYPE_NAMES = {
    "String", "Int32", "Int64", "Double", "Bool", "JSON", "IntOrString", "JSONBacked", "KubernetesObject",
    "List", "Swift", "APIMachinery",
}
# Members every generated struct has.
RESERVED_MEMBERS = {"json", "isPresent"}


class GeneratorError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# The catalog


def _split_top_level(text, separator):
    """Splits at `separator` outside parentheses, brackets and string literals."""
    parts, depth, current, in_string, i = [], 0, [], False, 0
    while i < len(text):
        c = text[i]
        if in_string:
            current.append(c)
            if c == "\\" and i + 1 < len(text):
                current.append(text[i + 1])
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            current.append(c)
        elif c in "([":
            depth += 1
            current.append(c)
        elif c in ")]":
            depth -= 1
            current.append(c)
        elif c == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    if "".join(current).strip():
        parts.append("".join(current))
    return [p.strip() for p in parts]


def _string_literal(text, where):
    m = re.fullmatch(r'"([^"\\]*)"', text.strip())
    if not m:
        raise GeneratorError("%s: expected a string literal, found %r" % (where, text))
    return m.group(1)


def read_catalog(path):
    """The served kinds as (definition name, apiVersion, kind, resource, namespaced), from ResourceCatalog.swift."""
    with open(path) as f:
        source = f.read()
    start = source.find("public static let builtIn: [ResourceInfo] = [")
    if start < 0:
        raise GeneratorError("%s: no `builtIn` list" % path)
    i = source.index("[", source.index("=", start)) + 1
    depth, j = 1, i
    while depth:
        if source[j] == "[":
            depth += 1
        elif source[j] == "]":
            depth -= 1
        j += 1
    body = re.sub(r"//[^\n]*", "", source[i: j - 1])
    kinds = []
    for call in _split_top_level(body, ","):
        m = re.fullmatch(r"(core|grouped|ResourceInfo)\((.*)\)", call, re.S)
        if not m:
            raise GeneratorError("%s: cannot read the catalog entry %r" % (path, call))
        function, positional, labeled = m.group(1), [], {}
        for argument in _split_top_level(m.group(2), ","):
            lm = re.match(r"([A-Za-z]+):\s*(.*)$", argument, re.S)
            if lm:
                labeled[lm.group(1)] = lm.group(2).strip()
            else:
                positional.append(argument)
        namespaced = labeled.get("namespaced", "true")
        if namespaced not in ("true", "false"):
            raise GeneratorError("%s: cannot read namespaced in %r" % (path, call))
        namespaced = namespaced == "true"
        if function == "core":
            resource, kind = (_string_literal(a, path) for a in positional[:2])
            group, version = "", "v1"
            definition = "io.k8s.api.core.v1." + kind
        elif function == "grouped":
            group, version, resource, kind = (_string_literal(a, path) for a in positional[:4])
            definition = "io.k8s.api.%s.%s.%s" % (_string_literal(labeled["definitionGroup"], path), version, kind)
        else:
            group, version, resource, kind, definition = (
                _string_literal(labeled[k], path) for k in ("group", "version", "resource", "kind", "definitionName"))
        api_version = version if not group else group + "/" + version
        kinds.append((definition, api_version, kind, resource, namespaced))
    if not kinds:
        raise GeneratorError("%s: empty catalog" % path)
    return kinds


# ---------------------------------------------------------------------------------------------
# Names


def namespace_of(definition):
    """`io.k8s.api.core.v1.Pod` -> `CoreV1`."""
    package = definition.rsplit(".", 1)[0]
    for prefix in ("io.k8s.api.", "io.k8s.apimachinery.pkg.apis.", "io.k8s.apiextensions-apiserver.pkg.apis."):
        if package.startswith(prefix):
            parts = package[len(prefix):].split(".")
            if len(parts) == 2 and all(re.fullmatch(r"[a-z][a-z0-9]*", p) for p in parts):
                return "".join(p[0].upper() + p[1:] for p in parts)
    raise GeneratorError("%s: no group-version namespace for this package" % definition)


def type_name(definition):
    name = definition.rsplit(".", 1)[1]
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name) or name in RESERVED_TYPE_NAMES:
        raise GeneratorError("%s: unusable type name %r" % (definition, name))
    return name


def qualified(definition):
    return namespace_of(definition) + "." + type_name(definition)


def member_name(property_name):
    """`x-kubernetes-list-type` -> `xKubernetesListType`, `$ref` -> `ref`, `default` -> `` `default` ``."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", property_name) if w]
    if not words:
        raise GeneratorError("unusable property name %r" % property_name)
    name = words[0] + "".join(w[0].upper() + w[1:] for w in words[1:])
    if name[0].isdigit():
        raise GeneratorError("unusable property name %r" % property_name)
    return "`%s`" % name if name in SWIFT_KEYWORDS else name


def swift_string(text):
    if not re.fullmatch(r"[A-Za-z0-9_.\-/$]*", text):
        raise GeneratorError("unexpected characters in %r" % text)
    return '"%s"' % text


# ---------------------------------------------------------------------------------------------
# Shapes

SCALARS = {
    # shape: (Swift type, getter member of JSON, setter label)
    "string": ("String", "stringValue", "string"),
    "int32": ("Int32", "int32Value", "int32"),
    "int64": ("Int64", "intValue", "int64"),
    "double": ("Double", "doubleValue", "double"),
    "bool": ("Bool", "boolValue", "bool"),
}


class Shapes:
    def __init__(self, definitions):
        self.definitions = definitions

    def is_struct(self, definition):
        return "properties" in self.definitions[definition]

    def of(self, node, where):
        """One of ("scalar", name) | ("quantity",) | ("intOrString",) | ("json",) | ("struct", definition) |
        ("array", shape) | ("map", shape)."""
        if "$ref" in node:
            target = node["$ref"]
            if target not in self.definitions:
                raise GeneratorError("%s: unknown $ref %s" % (where, target))
            if self.is_struct(target):
                return ("struct", target)
            return self.of(self.definitions[target], target)
        if "properties" in node:
            raise GeneratorError("%s: inline object with properties" % where)
        if node.get("x-kubernetes-int-or-string"):
            return ("intOrString",)
        if node.get("x-apus-quantity"):
            return ("quantity",)
        kind = node.get("type")
        if kind is None or node.get("x-kubernetes-preserve-unknown-fields"):
            return ("json",)
        if kind == "array":
            if "items" not in node:
                raise GeneratorError("%s: array without items" % where)
            return ("array", self.of(node["items"], where + "[]"))
        if kind == "object":
            extra = node.get("additionalProperties")
            if isinstance(extra, dict):
                return ("map", self.of(extra, where + "{}"))
            return ("json",)
        if kind == "string":
            return ("scalar", "string")
        if kind == "integer":
            return ("scalar", "int32" if node.get("format") == "int32" else "int64")
        if kind == "number":
            return ("scalar", "double")
        if kind == "boolean":
            return ("scalar", "bool")
        raise GeneratorError("%s: unsupported type %r" % (where, kind))

    def references(self, definition):
        found = set()

        def walk(node):
            if "$ref" in node:
                found.add(node["$ref"])
            for key in ("items", "additionalProperties"):
                if isinstance(node.get(key), dict):
                    walk(node[key])
            for child in node.get("properties", {}).values():
                walk(child)

        walk(self.definitions[definition])
        return found


def accessor(shape, key, where):
    """(Swift type, getter expression, setter statement) of one property."""
    k = swift_string(key)
    tag = shape[0]
    if tag == "scalar":
        swift, getter, label = SCALARS[shape[1]]
        return swift + "?", "json[%s].%s" % (k, getter), "json.put(%s, %s: newValue)" % (k, label)
    if tag == "quantity":
        return "String?", "json[%s].quantityString" % k, "json.put(%s, string: newValue)" % k
    if tag == "intOrString":
        return "IntOrString?", "IntOrString(json: json[%s])" % k, "json.put(%s, intOrString: newValue)" % k
    if tag == "json":
        return "JSON?", "json[%s].nonNull" % k, "json.put(%s, newValue ?? .null)" % k
    if tag == "struct":
        t = qualified(shape[1])
        return t, "%s(json: json[%s])" % (t, k), "json.put(%s, newValue.json)" % k
    if tag == "array":
        element = shape[1]
        if element[0] == "struct":
            t = qualified(element[1])
            return "[%s]" % t, "json[%s].list(%s.self)" % (k, t), "json.put(%s, list: newValue)" % k
        if element in (("scalar", "string"), ("quantity",)):
            return "[String]", "json[%s].strings" % k, "json.put(%s, strings: newValue)" % k
        if element == ("scalar", "int32"):
            return "[Int32]", "json[%s].int32s" % k, "json.put(%s, int32s: newValue)" % k
        if element == ("scalar", "int64"):
            return "[Int64]", "json[%s].int64s" % k, "json.put(%s, int64s: newValue)" % k
        if element == ("json",):
            return "[JSON]", "json[%s].jsons" % k, "json.put(%s, .array(newValue))" % k
    if tag == "map":
        value = shape[1]
        if value[0] == "struct":
            t = qualified(value[1])
            return "[String: %s]" % t, "json[%s].dictionary(%s.self)" % (k, t), "json.put(%s, map: newValue)" % k
        if value == ("scalar", "string"):
            return "[String: String]", "json[%s].stringMap" % k, "json.put(%s, stringMap: newValue)" % k
        if value == ("quantity",):
            return "[String: String]", "json[%s].quantityMap" % k, "json.put(%s, stringMap: newValue)" % k
        if value == ("json",):
            return "[String: JSON]", "json[%s].jsonMap" % k, "json.put(%s, .object(newValue))" % k
    raise GeneratorError("%s: no Swift mapping for %r" % (where, shape))


# ---------------------------------------------------------------------------------------------
# Output


def header(command_note):
    return (
        "// GENERATED FILE: do not edit.\n"
        "// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package\n"
        "// kubernetes-validate (kubernetes-json-schema/%s-local/_definitions.json) and\n"
        "// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:\n"
        "//\n"
        "//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv\n"
        "//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl\n"
        "\n"
        "import APIMachinery\n"
    ) % command_note


def render_struct(definition, node, shapes, catalog_entry):
    name = type_name(definition)
    gvks = node.get("x-kubernetes-group-version-kind", [])
    conformance = "KubernetesObject" if catalog_entry else "JSONBacked"
    lines = ["    public struct %s: %s {" % (name, conformance),
             "        public var json: JSON",
             "        public init(json: JSON) { self.json = json }"]
    properties = node["properties"]
    if len(gvks) == 1 and "apiVersion" in properties and "kind" in properties:
        gvk = gvks[0]
        api_version = gvk["version"] if not gvk["group"] else gvk["group"] + "/" + gvk["version"]
        lines.append('        public init() { json = .object(["apiVersion": .string(%s), "kind": .string(%s)]) }'
                     % (swift_string(api_version), swift_string(gvk["kind"])))
    if catalog_entry:
        _, api_version, kind, resource, namespaced = catalog_entry
        if len(gvks) != 1 or gvks[0]["kind"] != kind or \
                (gvks[0]["version"] if not gvks[0]["group"] else gvks[0]["group"] + "/" + gvks[0]["version"]) != api_version:
            raise GeneratorError("%s: catalog says %s %s, the schema %r" % (definition, api_version, kind, gvks))
        lines += [
            "        public typealias List = %s" % qualified(definition + "List"),
            "        public static var apiVersion: String { %s }" % swift_string(api_version),
            "        public static var kind: String { %s }" % swift_string(kind),
            "        public static var resource: String { %s }" % swift_string(resource),
            "        public static var namespaced: Bool { %s }" % ("true" if namespaced else "false"),
        ]
    members = set()
    for key, child in properties.items():
        member = member_name(key)
        if member in members or member.strip("`") in RESERVED_MEMBERS:
            raise GeneratorError("%s: member name %s taken twice" % (definition, member))
        members.add(member)
        swift, getter, setter = accessor(shapes.of(child, definition + "." + key), key, definition + "." + key)
        lines += [
            "        public var %s: %s {" % (member, swift),
            "            get { %s }" % getter,
            "            set { %s }" % setter,
            "        }",
        ]
    lines.append("    }")
    return lines


def generate(definitions, version, output_dir=OUTPUT_DIR, catalog_path=CATALOG):
    """Writes the files; returns {file name: line count}."""
    shapes = Shapes(definitions)
    catalog = read_catalog(catalog_path)
    by_definition = {}
    roots = []
    for entry in catalog:
        definition = entry[0]
        if definition not in definitions:
            raise GeneratorError("catalog kind %s has no definition" % definition)
        by_definition[definition] = entry
        roots += [definition, definition + "List"]
    roots += EXTRA_ROOTS
    roots += sorted(n for n in definitions if n.rsplit(".", 1)[0] == META_PACKAGE)

    reachable, stack = set(), list(roots)
    while stack:
        definition = stack.pop()
        if definition in reachable:
            continue
        if definition not in definitions:
            raise GeneratorError("unknown definition %s" % definition)
        reachable.add(definition)
        stack.extend(shapes.references(definition))
    structs = sorted((d for d in reachable if shapes.is_struct(d)), key=lambda d: (namespace_of(d), type_name(d)))

    groups = {}
    for definition in structs:
        groups.setdefault(namespace_of(definition), []).append(definition)
    taken = set()
    for ns, members in groups.items():
        for definition in members:
            if (ns, type_name(definition)) in taken:
                raise GeneratorError("%s.%s named twice" % (ns, type_name(definition)))
            taken.add((ns, type_name(definition)))
        if ns in RESERVED_TYPE_NAMES:
            raise GeneratorError("namespace %s is a reserved name" % ns)

    files = {}
    for ns in sorted(groups):
        blocks = [render_struct(d, definitions[d], shapes, by_definition.get(d)) + [""] for d in groups[ns]]
        total = sum(len(b) for b in blocks)
        parts = -(-total // MAX_LINES_PER_FILE)
        chunks, current = [], []
        for block in blocks:
            if current and len(current) + len(block) / 2 > total / parts:
                chunks.append(current)
                current = []
            current += block
        chunks.append(current)
        for index, chunk in enumerate(chunks):
            file_name = ns + (".swift" if index == 0 else "+%d.swift" % (index + 1))
            text = header(version)
            if index == 0:
                text += "\npublic enum %s {}\n" % ns
            text += "\nextension %s {\n" % ns + "\n".join(chunk).rstrip("\n") + "\n}\n"
            files[file_name] = text

    kinds = sorted(by_definition, key=lambda d: (by_definition[d][1], by_definition[d][2]))
    files["GeneratedKinds.swift"] = (
        header(version)
        + "\n/// The generated types of the kinds in `ResourceCatalog.builtIn`.\n"
        + "public enum GeneratedKinds {\n"
        + "    public static let all: [any KubernetesObject.Type] = [\n"
        + "".join("        %s.self,\n" % qualified(d) for d in kinds)
        + "    ]\n}\n")

    os.makedirs(output_dir, exist_ok=True)
    for stale in os.listdir(output_dir):
        if stale.endswith(".swift") and stale not in files:
            os.remove(os.path.join(output_dir, stale))
    counts = {}
    for file_name, text in files.items():
        with open(os.path.join(output_dir, file_name), "w") as f:
            f.write(text)
        counts[file_name] = text.count("\n")
    sys.stderr.write("generate-types: wrote %d types in %d files (%d lines) to %s\n"
                     % (len(structs), len(files), sum(counts.values()), os.path.relpath(output_dir)))
    return counts


def load_generate_api():
    spec = importlib.util.spec_from_file_location("generate_api", os.path.join(HERE, "generate-api.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: %s PATH/_definitions.json|PATH/kubernetes_validate-*.whl\n" % argv[0])
        return 2
    api = load_generate_api()
    try:
        definitions, version = api.load_source(argv[1])
        converted = {}
        for name, node in definitions.items():
            converted[name] = api.convert(node, name, "x-kubernetes-group-version-kind" in node)
        api.check_refs(converted)
        generate(converted, version)
    except (api.SourceError, GeneratorError, OSError, ValueError, KeyError) as error:
        sys.stderr.write("generate-types: %s\n" % error)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
