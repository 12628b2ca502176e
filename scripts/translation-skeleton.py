#!/usr/bin/env python3
"""Writes a translation skeleton for a language: content/<lang>/steps/NN-slug.toml
and content/<lang>/site.toml, each holding the English to be translated and the
hash of the English it was made from (FNV-1a 64 of the fields joined by U+001F,
the same hash build_support/translations.rs checks). Existing files are kept.

    python3 scripts/translation-skeleton.py fr
"""
import sys, tomllib, pathlib

def fnv1a64(text: str) -> str:
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"

def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

def toml_block(s: str) -> str:
    assert '"""' not in s
    return '"""\n' + s.replace("\\", "\\\\") + '"""'

def main(lang: str) -> None:
    root = pathlib.Path(__file__).resolve().parent.parent / "content"
    out = root / lang / "steps"
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((root / "steps").glob("*.toml")):
        target = out / path.name
        if target.exists():
            continue
        step = tomllib.loads(path.read_text())
        h = fnv1a64("\x1f".join([step["title"], step["summary"], step["body"]]))
        target.write_text(
            f"# Translated from content/steps/{path.name}; the English is authoritative.\n"
            f"slug = {toml_str(step['slug'])}\n"
            f"english_hash = {toml_str(h)}\n"
            f"title = {toml_str(step['title'])}\n"
            f"summary = {toml_str(step['summary'])}\n"
            f"body = {toml_block(step['body'])}\n"
        )
    site_target = root / lang / "site.toml"
    if not site_target.exists():
        site = tomllib.loads((root / "site.toml").read_text())
        fields = ["kicker", "title", "standfirst", "credit"]
        h = fnv1a64("\x1f".join(site[f] for f in fields))
        lines = ["# Translated from content/site.toml; the English is authoritative.",
                 f"english_hash = {toml_str(h)}"]
        lines += [f"{f} = {toml_str(site[f])}" for f in fields]
        site_target.write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    main(sys.argv[1])
