#!/usr/bin/env python3
"""Writes a translation skeleton for a language: content/<lang>/steps/NN-slug.toml,
content/<lang>/site.toml, content/<lang>/ui/<area>.toml (the interface's
words), content/<lang>/labels.toml (the figures' and menus' short labels,
keyed by their English, each to be filled in) and content/<lang>/votes.toml
(what each vote decided, the note on its totals), each holding the English to be translated and the hash of the English it
was made from (FNV-1a 64 of the fields joined by U+001F, the same hash
build_support/translations.rs and build_support/ui_text.rs check). Existing
files are kept; `--hash` prints each interface area's current English hash;
`--check <lang>` checks a language's interface files as the build will
(keys, plural forms, placeholders, hash) without compiling anything.

    python3 scripts/translation-skeleton.py fr
"""
import csv, re, sys, tomllib, pathlib

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

PLURAL_FORMS = {"ru": ["one", "few", "many", "other"],
                "ar": ["zero", "one", "two", "few", "many", "other"],
                "zh": ["other"]}

def ui_hash(area: dict) -> str:
    fields = []
    for key, words in sorted(area.items()):
        if isinstance(words, dict):
            fields += [f"{key}.{form}={w}" for form, w in sorted(words.items())]
        else:
            fields.append(f"{key}={words}")
    return fnv1a64("\x1f".join(fields))

def ui_skeleton(lang: str, root: pathlib.Path) -> None:
    """The English file, comments kept, under its hash; counted phrases get
    the language's plural forms, each holding the English's `other`."""
    out = root / lang / "ui"
    out.mkdir(parents=True, exist_ok=True)
    forms = PLURAL_FORMS.get(lang, ["one", "other"])
    for path in sorted((root / "ui").glob("*.toml")):
        target = out / path.name
        if target.exists():
            continue
        text = path.read_text()
        area = tomllib.loads(text)
        lines = [f"# Translated from content/ui/{path.name}; the English is authoritative.",
                 f"english_hash = {toml_str(ui_hash(area))}"]
        for line in text.splitlines():
            key = line.split("=", 1)[0].strip()
            if isinstance(area.get(key), dict) and line.lstrip().startswith(key):
                other = area[key]["other"]
                line = f"{key} = {{ " + ", ".join(f"{f} = {toml_str(other)}" for f in forms) + " }"
            lines.append(line)
        target.write_text("\n".join(lines) + "\n")

def placeholders(text: str) -> list:
    import re
    return sorted(set(re.findall(r"\{[^}]*\}", text)))

def ui_check(lang: str) -> int:
    """What build_support/ui_text.rs checks (keys, plural forms,
    placeholders, hash), without compiling: one line per problem."""
    root = pathlib.Path(__file__).resolve().parent.parent / "content"
    forms = sorted(PLURAL_FORMS.get(lang, ["one", "other"]))
    problems = 0
    for path in sorted((root / "ui").glob("*.toml")):
        english = tomllib.loads(path.read_text())
        target = root / lang / "ui" / path.name
        name = f"content/{lang}/ui/{path.name}"
        if not target.exists():
            print(f"{name}: missing (run: python3 scripts/translation-skeleton.py {lang})"); problems += 1; continue
        try:
            tr = tomllib.loads(target.read_text())
        except tomllib.TOMLDecodeError as e:
            print(f"{name}: not valid TOML: {e}"); problems += 1; continue
        if tr.pop("english_hash", None) != ui_hash(english):
            print(f"{name}: english_hash is not the English's now ({ui_hash(english)})"); problems += 1
        for key in tr.keys() - english.keys():
            print(f"{name}: `{key}` is not in the English"); problems += 1
        for key, en in english.items():
            if key not in tr:
                print(f"{name}: misses `{key}`"); problems += 1; continue
            want = placeholders(en["other"] if isinstance(en, dict) else en)
            got = tr[key]
            if isinstance(en, dict) != isinstance(got, dict):
                print(f"{name}: `{key}` must be counted (a table of plural forms) exactly where the English is"); problems += 1; continue
            if isinstance(got, dict) and sorted(got) != forms:
                print(f"{name}: `{key}` gives the forms {sorted(got)}; {lang} needs exactly {forms}"); problems += 1
            for text in (got.values() if isinstance(got, dict) else [got]):
                if placeholders(text) != want:
                    print(f"{name}: `{key}` has the placeholders {placeholders(text)}, the English {want}"); problems += 1
                if "\n" in text:
                    print(f"{name}: `{key}` holds a line break"); problems += 1
    return problems

def english_labels(project: pathlib.Path) -> dict:
    """The labels build_support/labels.rs asks every language for, by kind,
    each English once, in the order it first appears."""
    def unique(items):
        return list(dict.fromkeys(items))
    timeline = tomllib.loads((project / "content/timeline.toml").read_text())["event"]
    tracks = tomllib.loads((project / "content/tracks.toml").read_text())["event"]
    votes = tomllib.loads((project / "data/votes.toml").read_text())["vote"]
    blocs = [line.split(",", 1)[1] for line in (project / "data/blocs/names.csv").read_text().splitlines()[1:] if line.strip()]
    offences = tomllib.loads((project / "content/offences.toml").read_text())
    treaty = [w for i in offences["instrument"] for w in (i["name"], i["note"], i["confidence"])]
    treaty += [r["topic"] for r in offences["row"]]
    for r in offences["row"]:
        for cell in (r["budapest"], r["russia-2017"], r["un-2024"]):
            article = re.match(r"(Arts?\.) \d", cell)
            treaty.append(article.group(1) if article else cell)
    glossary = tomllib.loads((project / "content/glossary.toml").read_text())["term"]
    # Every wording of data/signatures/evidence.toml that a row of the record uses.
    wording = tomllib.loads((project / "data/signatures/evidence.toml").read_text())
    used = set()
    for row in csv.DictReader((project / "data/signatures/2025-convention.csv").read_text().splitlines()):
        state = wording.get("state", {}).get(row.get("iso3", ""))
        level = wording.get("level", {}).get(row.get("evidence", ""))
        chosen = state or level
        if chosen and chosen["reads"]:
            used.add(chosen["reads"])
    evidence = [w["reads"] for table in ("level", "state") for w in wording.get(table, {}).values() if w["reads"] in used]
    # The map's places that are not member states (build_support/places.rs):
    # each name, then each note; the entities the search knows: each first
    # name, then each sentence.
    places = list(csv.DictReader((project / "src/generated/other-places.csv").read_text().splitlines()))
    entities = tomllib.loads((project / "data/non-members.toml").read_text())["entity"]
    return {"timeline": unique(e["label"] for e in timeline),
            "tracks": unique(e["label"] for e in tracks),
            "votes": unique(v["short"] for v in votes),
            "blocs": unique(blocs),
            "treaty": unique(treaty),
            "glossary": unique(w for t in glossary for w in (t["term"], t["definition"])),
            "evidence": unique(evidence),
            "places": unique([p["name"] for p in places] + [p["note"] for p in places]),
            "entities": unique([e["names"][0] for e in entities] + [e["sentence"] for e in entities])}

LABEL_HEADINGS = {
    "timeline": "The timeline's events (content/timeline.toml): short, no numbers but years.",
    "tracks": "The two tracks' events (content/tracks.toml): short, no numbers but years.",
    "votes": "Each vote's name in menus (data/votes.toml `short`).",
    "blocs": "The groupings' names (data/blocs/names.csv), as the UN writes them in the language.",
    "treaty": "The treaties' table (content/offences.toml): the treaties' names, notes and confidence, the rows' topics, the cells' words, and the article abbreviations (\"Art.\", \"Arts.\") written before an article's number.",
    "glossary": "The glossary (content/glossary.toml): each term, then its definition. Plain words for a reader of 15; sentences of at most 35 words; no number the English lacks.",
    "evidence": "How the evidence behind a state's signature status reads (data/signatures/evidence.toml `reads`): one plain phrase, no final full stop.",
    "places": "The places on the map that are not member states (src/generated/other-places.csv, English as Natural Earth abbreviates it): each name, UN M49's in the language where M49 has the place (../shared/reference/names/sources/), then what it is, as the map's tooltip says it.",
    "entities": "The entities the search knows that are not member states (data/non-members.toml): the name it shows each by (UN M49's where M49 has it), then its sentence, every fact, date and hedge kept; no number the English lacks.",
}

def labels_skeleton(lang: str, project: pathlib.Path) -> None:
    """content/<lang>/labels.toml with every English label, empty where the
    file has no translation yet (the build refuses an empty one); entries
    whose English is gone are dropped."""
    target = project / "content" / lang / "labels.toml"
    old = tomllib.loads(target.read_text()) if target.exists() else {}
    lines = [f"# The figures' and menus' short labels in this language, keyed by the",
             "# English exactly as content/ and data/ write it (build_support/labels.rs).",
             "# A changed English label shows up as a missing key: translate it here."]
    for kind, englishes in english_labels(project).items():
        lines += ["", f"# {LABEL_HEADINGS[kind]}", f"[{kind}]"]
        lines += [f"{toml_str(en)} = {toml_str(old.get(kind, {}).get(en, ''))}" for en in englishes]
    target.write_text("\n".join(lines) + "\n")

def votes_skeleton(lang: str, project: pathlib.Path) -> None:
    """content/<lang>/votes.toml: each vote's `decided` and `note` from
    data/votes.toml, with the hash of the English they were made from
    (build_support/vote_words.rs checks it). An existing file is kept."""
    target = project / "content" / lang / "votes.toml"
    if target.exists():
        return
    votes = tomllib.loads((project / "data/votes.toml").read_text())["vote"]
    lines = ["# What each vote decided and the note on its totals, translated from",
             "# data/votes.toml; the English is authoritative. One [[vote]] per vote,",
             "# by id, each with the hash of the English it was made from."]
    for v in votes:
        h = fnv1a64("\x1f".join([v["decided"], v["note"]]))
        lines += ["", "[[vote]]", f"id = {toml_str(v['id'])}", f"english_hash = {toml_str(h)}",
                  f"decided = {toml_str(v['decided'])}", f"note = {toml_str(v['note'])}"]
    target.write_text("\n".join(lines) + "\n")

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
    ui_skeleton(lang, root)
    labels_skeleton(lang, root.parent)
    votes_skeleton(lang, root.parent)

def labels_check(lang: str) -> int:
    """content/<lang>/labels.toml as build_support/labels.rs checks it: every
    English label translated, none left over, no number the English lacks.
    Prints each problem; returns how many."""
    project = pathlib.Path(__file__).resolve().parent.parent
    name = f"content/{lang}/labels.toml"
    have = tomllib.loads((project / name).read_text())
    digits = lambda text: re.findall(r"[0-9]+", re.sub(r"\{[^}]*\}", "", text))
    problems = 0
    for kind, englishes in english_labels(project).items():
        table = have.get(kind, {})
        for en in englishes:
            got = table.get(en)
            if got is None:
                print(f"{name}: [{kind}] has no entry for {en!r}"); problems += 1
            elif not got.strip():
                print(f"{name}: [{kind}] {en!r} is not translated yet"); problems += 1
            else:
                extra = [n for n in digits(got) if n not in digits(en) and not (lang == "zh" and got.find(n + "月") >= 0)]
                if extra:
                    print(f"{name}: [{kind}] {en!r}: the numbers {extra} are not in the English"); problems += 1
        for gone in set(table) - set(englishes):
            print(f"{name}: [{kind}] {gone!r} is not an English label"); problems += 1
    for kind in set(have) - set(english_labels(project)):
        print(f"{name}: [{kind}] is not a kind of label"); problems += 1
    return problems

if __name__ == "__main__":
    if sys.argv[1] == "--check":
        sys.exit(1 if ui_check(sys.argv[2]) + labels_check(sys.argv[2]) else 0)
    if sys.argv[1] == "--hash":
        for path in sorted((pathlib.Path(__file__).resolve().parent.parent / "content" / "ui").glob("*.toml")):
            print(path.stem, ui_hash(tomllib.loads(path.read_text())))
    else:
        main(sys.argv[1])
