#!/usr/bin/env python3
"""Writes Sources/API/Generated/ProtobufFields.swift: the protobuf field numbers of the built-in kinds.

Kubernetes clients (kubectl 1.32 and later, client-go) send bodies of built-in kinds as
`application/vnd.kubernetes.protobuf`. The JSON Schema definitions (scripts/generate-api.py) do not
carry the field numbers, so this script reads them from the upstream protobuf descriptions, checked out
at the tag that matches the pinned schema version:

    git clone --depth 1 --branch v0.33.0 https://github.com/kubernetes/api /tmp/k8s-api
    git clone --depth 1 --branch v0.33.0 https://github.com/kubernetes/apimachinery /tmp/k8s-apimachinery
    python3 scripts/generate-protobuf-fields.py \\
        /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl /tmp/k8s-api /tmp/k8s-apimachinery

The first argument is the same source generate-api.py reads (the kubernetes-validate wheel or its
unpacked `_definitions.json`); the others are checkouts holding `generated.proto` files. From each
package the script reads:

  generated.proto   message names, field numbers, scalar kinds, repeated fields and maps
  *.go              the struct tags of the Go types the messages describe: the JSON name of each field
                    number, whether the field is embedded inline in its parent's JSON object, and
                    whether a zero value on the wire means "not set" (a value field tagged omitempty,
                    which the protobuf encoder writes even when it is zero and JSON leaves out)

Every JSON name is checked against the property names of the schema definition of the same name, so
the table and the schema registry cannot drift apart. Only facts are written: no description text and no
comments from the sources. Messages with a wire shape of their own (Time, MicroTime, Duration,
IntOrString, Quantity, RawExtension, FieldsV1) are decoded by hand-written code and left out.

The output is one raw string literal, one message per line:

    DEFINITION FIELD FIELD ...          FIELD is NUMBER=JSONNAME:TYPE[FLAGS]
    DEFINITION []                       a named list type (e.g. authentication.v1.ExtraValue): the JSON
                                        value is the array in field 1, `items`

  DEFINITION  the schema definition name (proto package k8s.io.X becomes io.k8s.X)
  JSONNAME    empty when the field's message is inlined into the parent's JSON object
  TYPE        a scalar (string, bytes, bool, int32, int64, uint32, uint64, sint32, sint64, fixed32,
              fixed64, sfixed32, sfixed64, float, double), a message, or map<KEY,VALUE>; a message of
              the same package is written without its package prefix
  FLAGS       `*` repeated, `?` a zero value means the field is not set
"""

import json
import os
import re
import sys
import zipfile

PINNED_VERSION = "v1.33.0"
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "API", "Generated",
                      "ProtobufFields.swift")

SCALARS = {"string", "bytes", "bool", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32",
           "fixed64", "sfixed32", "sfixed64", "float", "double"}

# Messages whose JSON form is not an object of their fields; the decoder knows their wire shapes.
SPECIAL = {
    "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime",
    "io.k8s.apimachinery.pkg.apis.meta.v1.Duration",
    "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1",
    "io.k8s.apimachinery.pkg.util.intstr.IntOrString",
    "io.k8s.apimachinery.pkg.api.resource.Quantity",
    "io.k8s.apimachinery.pkg.runtime.RawExtension",
}

# Messages of the included packages that describe no API value (wire envelopes, internal helpers).
SKIPPED = {
    "io.k8s.apimachinery.pkg.apis.meta.v1.Timestamp",
    "io.k8s.apimachinery.pkg.api.resource.QuantityValue",
    "io.k8s.apimachinery.pkg.runtime.Unknown",
    "io.k8s.apimachinery.pkg.runtime.TypeMeta",
}

# Packages read even though they hold no schema definition of their own: their messages are referenced.
ALWAYS_INCLUDED_PACKAGES = {"io.k8s.apimachinery.pkg.runtime"}


class SourceError(Exception):
    pass


def load_definitions(path):
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as wheel:
            suffix = "/%s-local/_definitions.json" % PINNED_VERSION
            names = [n for n in wheel.namelist() if n.endswith(suffix)]
            if len(names) != 1:
                raise SourceError("expected exactly one *%s in %s, found %r" % (suffix, path, names))
            document = json.loads(wheel.read(names[0]))
    else:
        with open(path) as f:
            document = json.load(f)
    definitions = document.get("$defs")
    if not isinstance(definitions, dict):
        raise SourceError("no \"$defs\" object in %s" % path)
    return definitions


def definition_package(proto_package):
    if not proto_package.startswith("k8s.io."):
        raise SourceError("unexpected proto package %s" % proto_package)
    return "io.k8s." + proto_package[len("k8s.io."):]


# --- generated.proto -------------------------------------------------------------------------------------

FIELD_RE = re.compile(
    r"^(optional|repeated|required)?\s*"
    r"(map\s*<\s*([\w.]+)\s*,\s*([\w.]+)\s*>|[\w.]+)\s+(\w+)\s*=\s*(\d+)\s*(\[[^\]]*\])?\s*;$")


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def parse_proto(text, where):
    """Returns (package, {message name: [field dict]})."""
    text = strip_comments(text)
    package = None
    messages = {}
    current = None
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if current is None:
            m = re.match(r"^package\s+([\w.]+)\s*;$", line)
            if m:
                package = m.group(1)
                continue
            m = re.match(r"^message\s+(\w+)\s*\{$", line)
            if m:
                current = m.group(1)
                if current in messages:
                    raise SourceError("%s: message %s twice" % (where, current))
                messages[current] = []
                continue
            if re.match(r"^(syntax|import|option)\b", line):
                continue
            raise SourceError("%s: unexpected line %r" % (where, line))
        if line == "}":
            current = None
            continue
        m = FIELD_RE.match(line)
        if not m:
            raise SourceError("%s: message %s: unsupported line %r" % (where, current, line))
        label, type_text, key, value, name, number, options = m.groups()
        if options and "packed" in options:
            raise SourceError("%s: %s.%s: field options %s" % (where, current, name, options))
        field = {"name": name, "number": int(number), "repeated": label == "repeated"}
        if key is not None:
            field.update(kind="map", key=key, value=value)
        else:
            field.update(kind="type", type=type_text)
        messages[current].append(field)
    if package is None:
        raise SourceError("%s: no package" % where)
    if current is not None:
        raise SourceError("%s: message %s is not closed" % (where, current))
    return package, messages


# --- Go struct tags --------------------------------------------------------------------------------------

STRUCT_RE = re.compile(r"^type\s+(\w+)\s+struct\s*\{\s*$")
EMPTY_STRUCT_RE = re.compile(r"^type\s+(\w+)\s+struct\s*\{\s*\}\s*$")
NAMED_SLICE_RE = re.compile(r"^type\s+(\w+)\s+\[\][\w.*]+\s*$")
DEFINED_RE = re.compile(r"^type\s+(\w+)\s+(\w+)\.(\w+)\s*$")
IMPORT_RE = re.compile(r'^\s*(?:import\s+)?(\w+\s+)?"([\w./-]+)"\s*$')
TAG_RE = re.compile(r'(\w+):"([^"]*)"')


def parse_go_dir(directory):
    """Returns ({struct: {field number: go field dict}}, {named slice types}, {type: (import path, type)}).

    The last map holds the types defined as another package's struct (`type List metav1.List`)."""
    structs = {}
    slices = set()
    defined = {}
    for name in sorted(os.listdir(directory)):
        if (not name.endswith(".go") or name.endswith("_test.go") or name.startswith("zz_generated")
                or name in ("generated.pb.go", "types_swagger_doc_generated.go")):
            continue
        with open(os.path.join(directory, name)) as f:
            lines = f.read().split("\n")
        current = None
        imports = {}
        in_imports = False
        for line in lines:
            if current is None:
                if line.startswith("import ("):
                    in_imports = True
                    continue
                if in_imports or line.startswith("import "):
                    if line.startswith(")"):
                        in_imports = False
                        continue
                    m = IMPORT_RE.match(line)
                    if m:
                        alias = (m.group(1) or "").strip() or m.group(2).rsplit("/", 1)[-1]
                        imports[alias] = m.group(2)
                    continue
                m = DEFINED_RE.match(line)
                if m and m.group(2) in imports:
                    defined[m.group(1)] = (imports[m.group(2)], m.group(3))
                    continue
                m = EMPTY_STRUCT_RE.match(line)
                if m:
                    structs.setdefault(m.group(1), {})
                    continue
                m = STRUCT_RE.match(line)
                if m:
                    current = m.group(1)
                    structs.setdefault(current, {})
                    continue
                m = NAMED_SLICE_RE.match(line)
                if m:
                    slices.add(m.group(1))
                continue
            if line.startswith("}"):
                current = None
                continue
            if 'protobuf:"' not in line or "`" not in line or line.lstrip().startswith("//"):
                continue
            head, tag = line.split("`", 1)
            head = head.split("//")[0].split()
            tags = dict(TAG_RE.findall(tag))
            proto = tags["protobuf"].split(",")
            if proto == ["-"]:
                continue
            json_parts = tags.get("json", "").split(",")
            if len(head) == 1:
                go_name, go_type = head[0].lstrip("*").split(".")[-1], head[0]
            elif len(head) == 2:
                go_name, go_type = head
            else:
                raise SourceError("%s: %s: unsupported field line %r" % (directory, current, line))
            number = int(proto[1])
            structs[current][number] = {
                "go_name": go_name,
                "pointer": go_type.startswith("*"),
                "json_name": json_parts[0],
                "omitempty": "omitempty" in json_parts[1:] or "omitzero" in json_parts[1:],
                "inline": "inline" in json_parts[1:],
                "proto_name": next((p[5:] for p in proto if p.startswith("name=")), None),
            }
    return structs, slices, defined


def module_roots(checkouts):
    """Maps each checkout's Go module path (from its go.mod) to its directory."""
    roots = {}
    for root in checkouts:
        try:
            with open(os.path.join(root, "go.mod")) as f:
                for line in f:
                    if line.startswith("module "):
                        roots[line.split()[1]] = root
                        break
        except OSError:
            pass
    return roots


def go_directory(import_path, roots):
    for module, root in roots.items():
        if import_path == module or import_path.startswith(module + "/"):
            return os.path.join(root, import_path[len(module):].lstrip("/"))
    raise SourceError("no checkout holds the Go package %s" % import_path)


# --- building the table ----------------------------------------------------------------------------------

def find_proto_files(checkouts):
    found = []
    for root in checkouts:
        if not os.path.isdir(root):
            raise SourceError("%s is not a directory" % root)
        for directory, subdirs, files in os.walk(root):
            subdirs[:] = sorted(d for d in subdirs if not d.startswith(".") and d not in ("vendor", "testdata"))
            if "generated.proto" in files:
                found.append(os.path.join(directory, "generated.proto"))
    return sorted(found)


def resolve_type(type_text, package):
    """Returns a scalar name or the definition name of a message."""
    if type_text in SCALARS:
        return type_text
    if type_text.startswith("."):
        proto_package, _, message = type_text[1:].rpartition(".")
        return definition_package(proto_package) + "." + message
    if "." in type_text:
        raise SourceError("relative qualified type %s" % type_text)
    return package + "." + type_text


def build(definitions, checkouts):
    messages = {}  # definition name -> {"fields": [...], "list": bool}
    packages_with_definitions = {name.rpartition(".")[0] for name in definitions}
    roots = module_roots(checkouts)
    go_cache = {}

    def go_package(directory):
        if directory not in go_cache:
            go_cache[directory] = parse_go_dir(directory)
        return go_cache[directory]
    for path in find_proto_files(checkouts):
        with open(path) as f:
            proto_package, proto_messages = parse_proto(f.read(), path)
        package = definition_package(proto_package)
        if package not in packages_with_definitions and package not in ALWAYS_INCLUDED_PACKAGES:
            continue
        go_structs, go_slices, go_defined = go_package(os.path.dirname(path))
        for message, fields in proto_messages.items():
            name = package + "." + message
            if name in SPECIAL or name in SKIPPED:
                continue
            if name in messages:
                raise SourceError("%s is described twice" % name)
            if message in go_slices:
                if len(fields) != 1 or fields[0]["number"] != 1 or not fields[0]["repeated"]:
                    raise SourceError("%s: a named list with unexpected fields" % name)
                field = fields[0]
                messages[name] = {"list": True, "package": package, "fields": [{
                    "number": 1, "json": field["name"], "type": resolve_type(field["type"], package),
                    "repeated": True, "omit_zero": False}]}
                continue
            go_fields = go_structs.get(message)
            if go_fields is None and message in go_defined:
                import_path, other = go_defined[message]
                go_fields = go_package(go_directory(import_path, roots))[0].get(other)
            if go_fields is None:
                raise SourceError("%s: no Go struct %s next to %s" % (name, message, path))
            out = []
            for field in fields:
                go = go_fields.get(field["number"])
                if go is None:
                    raise SourceError("%s: field %s = %d has no Go field" % (name, field["name"], field["number"]))
                if go["proto_name"] not in (None, field["name"]):
                    raise SourceError("%s: field %d is %s in Go, %s in proto" % (
                        name, field["number"], go["proto_name"], field["name"]))
                entry = {"number": field["number"], "repeated": field["repeated"] or field["kind"] == "map"}
                if go["inline"]:
                    entry["json"] = ""
                elif go["json_name"] in ("", "-"):
                    raise SourceError("%s: field %s has no JSON name" % (name, field["name"]))
                else:
                    entry["json"] = go["json_name"]
                if field["kind"] == "map":
                    entry["type"] = "map<%s,%s>" % (resolve_type(field["key"], package),
                                                     resolve_type(field["value"], package))
                    entry["key"] = resolve_type(field["key"], package)
                    entry["value"] = resolve_type(field["value"], package)
                else:
                    entry["type"] = resolve_type(field["type"], package)
                entry["omit_zero"] = (not entry["repeated"] and entry["type"] in SCALARS
                                      and not go["pointer"] and go["omitempty"])
                out.append(entry)
            messages[name] = {"list": False, "package": package, "fields": sorted(out, key=lambda e: e["number"])}
    messages = reachable(messages, definitions)
    check(messages, definitions)
    return messages


def reachable(messages, definitions):
    """Keeps the messages of schema definitions and the messages they refer to (inline parts, named lists)."""
    pending = [name for name in messages if name in definitions]
    kept = set()
    while pending:
        name = pending.pop()
        if name in kept or name not in messages:
            continue
        kept.add(name)
        for entry in messages[name]["fields"]:
            pending.extend(referenced(entry))
    return {name: message for name, message in messages.items() if name in kept}


def referenced(entry):
    types = [entry["key"], entry["value"]] if "key" in entry else [entry["type"]]
    return [t for t in types if t not in SCALARS]


def check(messages, definitions):
    """Every referenced message is described; JSON names are the schema's property names."""
    missing = set()
    for name, message in messages.items():
        for entry in message["fields"]:
            for target in referenced(entry):
                if target not in messages and target not in SPECIAL:
                    missing.add("%s (from %s)" % (target, name))
    if missing:
        raise SourceError("messages referenced but not described: %s" % ", ".join(sorted(missing)))

    def json_names(name, seen=()):
        if name in seen:
            raise SourceError("%s is inlined into itself" % name)
        names = set()
        for entry in messages[name]["fields"]:
            if entry["json"] == "":
                if entry["type"] not in messages or entry["repeated"]:
                    raise SourceError("%s: inline field %d is not a message" % (name, entry["number"]))
                names |= json_names(entry["type"], seen + (name,))
            else:
                names.add(entry["json"])
        return names

    problems = []
    for name, message in messages.items():
        definition = definitions.get(name)
        if definition is None or message["list"]:
            continue
        properties = set(definition.get("properties", {}))
        table = json_names(name)
        extra = table - properties
        if extra:
            problems.append("%s: not in the schema: %s" % (name, ", ".join(sorted(extra))))
        uncovered = properties - table - {"apiVersion", "kind"}
        if uncovered:
            problems.append("%s: no field number for: %s" % (name, ", ".join(sorted(uncovered))))
    if problems:
        raise SourceError("the protobuf fields and the schema disagree:\n  " + "\n  ".join(problems))


def short_type(type_name, package):
    if type_name.startswith("map<"):
        key, value = type_name[4:-1].split(",")
        return "map<%s,%s>" % (short_type(key, package), short_type(value, package))
    if type_name.rpartition(".")[0] == package:
        return type_name.rpartition(".")[2]
    return type_name


def render_line(name, message):
    package = message["package"]
    tokens = [name]
    if message["list"]:
        tokens.append("[]")
    for entry in message["fields"]:
        flags = ("*" if entry["repeated"] and not entry["type"].startswith("map<") else "") + \
                ("?" if entry["omit_zero"] else "")
        tokens.append("%d=%s:%s%s" % (entry["number"], entry["json"], short_type(entry["type"], package), flags))
    return " ".join(tokens)


def render(messages):
    body = "\n".join(render_line(name, messages[name]) for name in sorted(messages))
    fields = sum(len(m["fields"]) for m in messages.values())
    hashes = "#"
    while ('"""' + hashes) in body or ("\\" + hashes) in body:
        hashes += "#"
    return (
        "// GENERATED FILE: do not edit.\n"
        "// Written by scripts/generate-protobuf-fields.py from the generated.proto files and Go struct tags of\n"
        "// k8s.io/api and k8s.io/apimachinery %s, checked against the JSON Schema definitions of the PyPI\n"
        "// package kubernetes-validate (%s). It holds field numbers and names only. Regenerate with:\n"
        "//\n"
        "//     git clone --depth 1 --branch v0.33.0 https://github.com/kubernetes/api /tmp/k8s-api\n"
        "//     git clone --depth 1 --branch v0.33.0 https://github.com/kubernetes/apimachinery /tmp/k8s-apimachinery\n"
        "//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv\n"
        "//     python3 scripts/generate-protobuf-fields.py \\\n"
        "//         /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl /tmp/k8s-api /tmp/k8s-apimachinery\n"
        "\n"
        "/// The protobuf field numbers of the built-in kinds (see scripts/generate-protobuf-fields.py for the form).\n"
        "public enum ProtobufFields {\n"
        "    /// The Kubernetes version the table describes.\n"
        "    public static let kubernetesVersion = %s\n"
        "\n"
        "    /// Number of messages in ``table``.\n"
        "    public static let messageCount = %d\n"
        "\n"
        "    /// Number of fields in ``table``.\n"
        "    public static let fieldCount = %d\n"
        "\n"
        "    /// One message a line: `DEFINITION NUMBER=JSONNAME:TYPE[FLAGS] ...`.\n"
        "    public static let table = %s\"\"\"\n"
        "%s\n"
        "\"\"\"%s\n"
        "}\n"
    ) % ("v0.33.0", PINNED_VERSION, json.dumps(PINNED_VERSION), len(messages), fields, hashes, body, hashes)


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: %s DEFINITIONS(.whl|_definitions.json) CHECKOUT... [-o OUTPUT]\n" % argv[0])
        return 2
    args = argv[1:]
    output = os.path.normpath(OUTPUT)
    if "-o" in args:
        i = args.index("-o")
        if i + 1 >= len(args):
            sys.stderr.write("generate-protobuf-fields: -o needs a path\n")
            return 2
        output = args[i + 1]
        del args[i:i + 2]
    try:
        definitions = load_definitions(args[0])
        messages = build(definitions, args[1:])
    except (SourceError, OSError, ValueError, KeyError, IndexError, zipfile.BadZipFile) as error:
        sys.stderr.write("generate-protobuf-fields: %s\n" % error)
        return 1
    text = render(messages)
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with open(output, "w") as f:
        f.write(text)
    sys.stderr.write("generate-protobuf-fields: wrote %d messages (%d bytes) to %s\n" % (
        len(messages), len(text), output))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
