#!/usr/bin/env python3
"""Guards the translation files, which are the source of truth (edited in Qt Linguist).

Runs lupdate over the sources into a scratch copy of each .ts file (the committed file is never touched) and fails
when a message the code uses has no finished translation there: a new string nobody translated yet, one left
"unfinished" in Linguist, an empty one, or one the .ts still marks obsolete although the code uses it again. It also
fails when the committed file is out of step with the code (messages the code no longer uses, or uses but the file
lacks): run `cmake --build build --target update_translations` and translate in Linguist.

usage: check_translations.py LUPDATE SOURCE_DIR... -- TS_FILE [--plural-only]
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            out[key] = message
    return out


def problem(message):
    translation = message.find("translation")
    kind = translation.get("type")
    if kind in ("unfinished", "vanished", "obsolete"):
        return kind
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        if not forms or any(not (f.text or "").strip() for f in forms):
            return "a plural form is empty"
    elif not (translation.text or "").strip():
        return "empty"
    return None


def main(argv):
    split = argv.index("--")
    lupdate, sources = argv[0], argv[1:split]
    rest = argv[split + 1:]
    ts_file = Path(rest[0])
    plural_only = "--plural-only" in rest
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / ts_file.name
        shutil.copy(ts_file, scratch)
        command = [lupdate, *sources, "-ts", str(scratch), "-no-obsolete", "-locations", "none", "-silent"]
        if plural_only:
            command += ["-pluralonly"]
        subprocess.run(command, check=True)
        used = messages(scratch)
    committed = messages(ts_file)
    failures = []
    for key, message in used.items():
        why = problem(message)
        if why:
            failures.append(f"{ts_file.name}: [{key[0]}] {key[1]!r}: {why}")
    for key in committed.keys() - used.keys():
        failures.append(f"{ts_file.name}: [{key[0]}] {key[1]!r}: no longer used by the code (update_translations drops it)")
    for key in used.keys() - committed.keys():
        if not any(f"{key[1]!r}" in f for f in failures):
            failures.append(f"{ts_file.name}: [{key[0]}] {key[1]!r}: used by the code, missing from the file")
    for line in failures:
        print(line)
    print(f"{ts_file.name}: {len(used)} messages, {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
