#!/usr/bin/env python3
"""Writes Sources/API/Generated/SchemaDefinitions.swift from the Kubernetes JSON Schema definitions.

The input is the `_definitions.json` that the PyPI package `kubernetes-validate` ships
(`kubernetes_validate/kubernetes-json-schema/v1.33.0-local/_definitions.json`), or the
package's wheel itself, from which that file is read:

    pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
    python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

It then runs scripts/generate-types.py on the same facts, which writes the typed Swift views under
Sources/API/Generated/Types/ (not when an OUTPUT path is given).

The output keeps only the facts of the wire format and none of the description text. It is one
raw string literal holding a JSON object, one definition per line, parsed lazily at run time by
`SchemaRegistry`. Its form (a subset of JSON Schema, see `convert` below):

  type                      one JSON type ("object", "string", ...); the source's ["T", "null"]
                            pairs only repeat what `required` says, so "null" is dropped
  format, required, enum    as in the source
  $ref                      the bare definition name (no "#/$defs/" prefix)
  properties, items, additionalProperties
  x-kubernetes-*            group-version-kind, list-type, list-map-keys, map-type,
                            patch-strategy, patch-merge-key, unions, int-or-string,
                            preserve-unknown-fields, embedded-resource
  x-apus-quantity           true for resource.Quantity (a string or a number)

IntOrString and Quantity, published as `oneOf` pairs, become `x-kubernetes-int-or-string` and
`x-apus-quantity`. The `enum` that the source adds to the `apiVersion` and `kind` properties of
kinds is dropped: it only repeats `x-kubernetes-group-version-kind`, and the published OpenAPI
documents do not carry it.

Any key this script does not know stops it, so a new source version cannot slip facts past it.
"""

import importlib.util
import json
import os
import sys
import zipfile

# The Kubernetes version taken from the wheel, which carries the definitions of several versions.
PINNED_VERSION = "v1.33.0"
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "API", "Generated",
                      "SchemaDefinitions.swift")

# Keys copied as they are.
PLAIN_KEYS = {
    "format", "required",
    "x-kubernetes-group-version-kind", "x-kubernetes-list-type", "x-kubernetes-list-map-keys",
    "x-kubernetes-map-type", "x-kubernetes-patch-strategy", "x-kubernetes-patch-merge-key",
    "x-kubernetes-unions", "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields",
    "x-kubernetes-embedded-resource",
}
HANDLED_KEYS = PLAIN_KEYS | {"description", "type", "$ref", "properties", "items", "additionalProperties", "enum",
                             "oneOf"}
REF_PREFIX = "#/$defs/"
TYPES = {"object", "array", "string", "integer", "number", "boolean"}


class SourceError(Exception):
    pass


def load_source(path):
    """Returns (definitions, version label) from a _definitions.json file or a kubernetes-validate wheel."""
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as wheel:
            suffix = "/%s-local/_definitions.json" % PINNED_VERSION
            names = [n for n in wheel.namelist() if n.endswith(suffix)]
            if len(names) != 1:
                raise SourceError("expected exactly one *%s in %s, found %r" % (suffix, path, names))
            member = names[0]
            document = json.loads(wheel.read(member))
            version = member.split("/")[-2]
    else:
        with open(path) as f:
            document = json.load(f)
        version = os.path.basename(os.path.dirname(os.path.abspath(path)))
    if version.endswith("-local"):
        version = version[: -len("-local")]
    definitions = document.get("$defs")
    if not isinstance(definitions, dict):
        raise SourceError("no \"$defs\" object in the source")
    return definitions, version


def convert_type(value, where):
    types = value if isinstance(value, list) else [value]
    kept = [t for t in types if t != "null"]
    if len(kept) != 1 or kept[0] not in TYPES:
        raise SourceError("%s: unsupported type %r" % (where, value))
    return kept[0]


def one_of_kind(node, where):
    """Recognizes the IntOrString and Quantity shapes: oneOf of string with integer, or string with number."""
    alternatives = node["oneOf"]
    found = set()
    for alternative in alternatives:
        if not isinstance(alternative, dict) or set(alternative) - {"type", "format"}:
            raise SourceError("%s: unsupported oneOf %r" % (where, alternatives))
        found.add(convert_type(alternative["type"], where))
    if found == {"string", "integer"}:
        return {"x-kubernetes-int-or-string": True}
    if found == {"string", "number"}:
        return {"x-apus-quantity": True}
    raise SourceError("%s: unsupported oneOf %r" % (where, alternatives))


def convert(node, where, definition_has_gvk=False):
    if not isinstance(node, dict):
        raise SourceError("%s: expected an object, found %r" % (where, node))
    unknown = set(node) - HANDLED_KEYS
    if unknown:
        raise SourceError("%s: unknown keys %s" % (where, sorted(unknown)))
    out = {}
    if "oneOf" in node:
        out.update(one_of_kind(node, where))
    if "type" in node:
        out["type"] = convert_type(node["type"], where)
    if "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith(REF_PREFIX):
            raise SourceError("%s: unsupported $ref %r" % (where, ref))
        out["$ref"] = ref[len(REF_PREFIX):]
    for key in PLAIN_KEYS:
        if key in node:
            out[key] = node[key]
    if "enum" in node:
        out["enum"] = node["enum"]
    if "properties" in node:
        properties = {}
        for name, child in node["properties"].items():
            converted = convert(child, "%s.%s" % (where, name))
            if definition_has_gvk and name in ("apiVersion", "kind"):
                converted.pop("enum", None)
            properties[name] = converted
        out["properties"] = properties
    if "items" in node:
        out["items"] = convert(node["items"], where + "[]")
    if "additionalProperties" in node:
        extra = node["additionalProperties"]
        if isinstance(extra, bool):
            out["additionalProperties"] = extra
        else:
            out["additionalProperties"] = convert(extra, where + "{}")
    return out


def check_refs(converted):
    missing = set()

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in converted:
                missing.add(ref)
            for key in ("items", "additionalProperties"):
                if isinstance(node.get(key), dict):
                    walk(node[key])
            for child in node.get("properties", {}).values():
                walk(child)

    for node in converted.values():
        walk(node)
    if missing:
        raise SourceError("unresolved $ref targets: %s" % sorted(missing))


def check_gvks(converted):
    seen = {}
    for name, node in converted.items():
        for gvk in node.get("x-kubernetes-group-version-kind", []):
            key = (gvk.get("group"), gvk.get("version"), gvk.get("kind"))
            if key in seen:
                raise SourceError("%s and %s both claim %r" % (seen[key], name, key))
            seen[key] = name


def render(converted, version, source_label):
    lines = []
    names = sorted(converted)
    for i, name in enumerate(names):
        entry = json.dumps(name) + ":" + json.dumps(converted[name], sort_keys=True, separators=(",", ":"),
                                                        ensure_ascii=True)
        lines.append(entry + ("," if i + 1 < len(names) else ""))
    body = "\n".join(lines)
    hashes = "#"
    while ('"""' + hashes) in body or ("\\" + hashes) in body:
        hashes += "#"
    return (
        "// GENERATED FILE: do not edit.\n"
        "// Written by scripts/generate-api.py from the JSON Schema definitions of the PyPI package\n"
        "// kubernetes-validate (%s).\n"
        "// It holds the facts only, no description text. Regenerate with:\n"
        "//\n"
        "//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv\n"
        "//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl\n"
        "//\n"
        "// (the argument may also be the unpacked .../%s-local/_definitions.json).\n"
        "\n"
        "/// The Kubernetes version the built-in definitions describe.\n"
        "let schemaDefinitionsVersion = %s\n"
        "\n"
        "/// Number of definitions in `schemaDefinitionsJSON`.\n"
        "let schemaDefinitionsCount = %d\n"
        "\n"
        "/// The built-in definitions: a JSON object, definition name to schema (see scripts/generate-api.py).\n"
        "let schemaDefinitionsJSON = %s\"\"\"\n"
        "{\n"
        "%s\n"
        "}\n"
        "\"\"\"%s\n"
    ) % (source_label, version, json.dumps(version), len(names), hashes, body, hashes)


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write("usage: %s PATH/_definitions.json|PATH/kubernetes_validate-*.whl [OUTPUT]\n" % argv[0])
        return 2
    try:
        definitions, version = load_source(argv[1])
        converted = {}
        for name, node in definitions.items():
            converted[name] = convert(node, name, "x-kubernetes-group-version-kind" in node)
        check_refs(converted)
        check_gvks(converted)
    except (SourceError, OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
        sys.stderr.write("generate-api: %s\n" % error)
        return 1
    output = argv[2] if len(argv) == 3 else os.path.normpath(OUTPUT)
    os.makedirs(os.path.dirname(output), exist_ok=True)
    text = render(converted, version, "kubernetes-json-schema/%s-local/_definitions.json" % version)
    with open(output, "w") as f:
        f.write(text)
    sys.stderr.write("generate-api: wrote %d definitions (%d bytes) to %s\n" % (len(converted), len(text), output))
    if len(argv) == 2:
        # The typed Swift views (Sources/API/Generated/Types) come from the same facts.
        spec = importlib.util.spec_from_file_location(
            "generate_types", os.path.join(os.path.dirname(os.path.abspath(__file__)), "generate-types.py"))
        types = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(types)
        try:
            types.generate(converted, version)
        except (types.GeneratorError, OSError) as error:
            sys.stderr.write("generate-types: %s\n" % error)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
