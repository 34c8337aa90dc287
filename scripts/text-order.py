#!/usr/bin/env python3
"""Writes the linker symbol-ordering file Linker/apus.order from runs of an agent (scripts/generate-text-order).

usage: text-order.py ran COVERAGE INSTRUMENTED OUT
       text-order.py refine COVERAGE INSTRUMENTED PID BINARY OUT

COVERAGE is the file Linker/coverage-runtime.c wrote for a run of INSTRUMENTED, the build with function
coverage. `ran` writes the functions it names to OUT.

`refine` runs on the normal build linked with that order: PID runs BINARY from a file system with read-ahead off
and an empty page cache at its start, so a page of BINARY is in its memory only if PID ran code or read data on
it. Some functions have no instrumented counterpart of the same name (merged functions, assembly, a few the
optimizer inlines or specializes differently with instrumentation). It appends to OUT the functions of BINARY
outside OUT that overlap a resident page, unless the instrumented build shows them never run.
"""
import struct
import subprocess
import sys


def function_symbols(binary):
    listing = subprocess.run(["nm", "-S", "-n", "--defined-only", binary], capture_output=True, text=True, check=True)
    for line in listing.stdout.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[2] in "tTwW":
            yield int(fields[0], 16), int(fields[1], 16), fields[3]


def instrumented_addresses(binary):
    """Function addresses in the coverage pc table (two words per function: address, flags)."""
    headers = subprocess.run(["readelf", "-SW", binary], capture_output=True, text=True, check=True).stdout
    for line in headers.splitlines():
        if "__sancov_pcs" in line:
            fields = line.split("]", 1)[1].split()
            offset, size = int(fields[3], 16), int(fields[4], 16)
            with open(binary, "rb") as f:
                f.seek(offset)
                words = struct.unpack(f"<{size // 8}Q", f.read(size))
            return set(words[0::2])
    sys.exit(f"{binary} has no coverage pc table: not an instrumented build")


def resident_pages(pid, binary):
    base, spans = None, []
    with open(f"/proc/{pid}/maps") as maps:
        for line in maps:
            fields = line.split()
            if len(fields) > 5 and fields[5] == binary:
                start, end = (int(x, 16) for x in fields[0].split("-"))
                if int(fields[2], 16) == 0:
                    base = start
                spans.append((start, end))
    if base is None:
        sys.exit(f"{binary} is not mapped by {pid}")
    pages = set()
    with open(f"/proc/{pid}/pagemap", "rb") as pagemap:
        for start, end in spans:
            for address in range(start, end, 4096):
                pagemap.seek(address // 4096 * 8)
                if struct.unpack("<Q", pagemap.read(8))[0] >> 63 & 1:
                    pages.add((address - base) // 4096)
    return pages


def on_pages(address, length, pages):
    return any(page in pages for page in range(address // 4096, (address + max(length, 1) - 1) // 4096 + 1))


def coverage_of(coverage, instrumented):
    """(names of functions that ran, names of instrumented functions that did not)."""
    with open(coverage) as f:
        ran_addresses = {int(line, 16) for line in f if line.strip()}
    counted = instrumented_addresses(instrumented)
    ran, never = set(), set()
    for address, _, name in function_symbols(instrumented):
        if address in ran_addresses:
            ran.add(name)
        elif address in counted:
            never.add(name)
    return ran, never - ran


def ran_order(coverage, instrumented, out):
    ran, _ = coverage_of(coverage, instrumented)
    names, seen = [], set()
    for _, _, name in function_symbols(instrumented):
        if name in ran and name not in seen:
            names.append(name)
            seen.add(name)
    with open(out, "w") as f:
        f.write("\n".join(names) + "\n")
    print(f"{len(names)} functions ran")


def refine_order(coverage, instrumented, pid, binary, out):
    _, never = coverage_of(coverage, instrumented)
    with open(out) as f:
        ordered = [line.strip() for line in f if line.strip()]
    known = set(ordered)
    pages = resident_pages(pid, binary)
    extras = []
    for address, length, name in function_symbols(binary):
        if name not in known and name not in never and on_pages(address, length, pages):
            extras.append(name)
            known.add(name)
    with open(out, "w") as f:
        f.write("\n".join(ordered + extras) + "\n")
    print(f"{len(extras)} functions added from the resident pages of {binary}")


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "ran":
        ran_order(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 7 and sys.argv[1] == "refine":
        refine_order(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6])
    else:
        sys.exit(__doc__)


main()
