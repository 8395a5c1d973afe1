#!/usr/bin/env python3
"""Review state of the translations (see locales/README.md).

  scripts/translations.py                      per locale: client-visible messages reviewed,
                                               stale (German changed since) and still drafts
  scripts/translations.py drafts LOCALE        the client-visible ids of LOCALE still to review
  scripts/translations.py review LOCALE NAME ID [ID...]
                                               marks these messages of LOCALE as reviewed by NAME

A reviewed message carries a comment line directly above it, which Fluent attaches to the
message and translation tools (Pontoon, Weblate, any editor) show with it:

  # reviewed: NAME, YYYY-MM-DD, de:HASH

HASH is a short hash of the German message at the time of the review: when the German text
changes, the review counts as stale until someone looks again. Messages without the line are
drafts. Only the standard library is needed."""
import datetime
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "locales"
ENTRY = re.compile(r"^([a-z][a-z0-9-]*)\s*=")
REVIEWED = re.compile(r"^# reviewed: (?P<name>[^,]+), (?P<date>\d{4}-\d{2}-\d{2}), de:(?P<hash>[0-9a-f]{8})$")


def locales():
    return sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name != "de")


def parse(path):
    """{id: (first line index, [message lines], [comment lines directly above])}."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out, i = {}, 0
    while i < len(lines):
        m = ENTRY.match(lines[i])
        if not m:
            i += 1
            continue
        start, body = i, [lines[i]]
        i += 1
        while i < len(lines) and lines[i].startswith((" ", "\t", "}")) and lines[i].strip():
            body.append(lines[i])
            i += 1
        comments, j = [], start - 1
        while j >= 0 and lines[j].startswith("# "):
            comments.insert(0, lines[j])
            j -= 1
        out[m.group(1)] = (start, body, comments)
    return out


def messages(locale):
    """A locale's messages; Leichte Sprache counts only what it words itself (main.ftl)."""
    files = ["main.ftl"] if locale == "de-leicht" else sorted(p.name for p in (ROOT / locale).glob("*.ftl"))
    out = {}
    for name in files:
        out.update(parse(ROOT / locale / name))
    return out


def german_hash(german, message_id):
    text = "\n".join(german[message_id][1]).split("=", 1)[1].strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def client_visible(german):
    """The ids client-visible.txt names; as in .gitignore, the last matching line decides."""
    rules = []
    for line in (ROOT / "client-visible.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rules.append((not line.startswith("!"), line.lstrip("!")))
    hit = lambda i, p: i.startswith(p[:-1]) if p.endswith("*") else i == p
    out = []
    for message_id in german:
        decided = [include for include, pattern in rules if hit(message_id, pattern)]
        if decided and decided[-1]:
            out.append(message_id)
    return out


def state(german, ours, message_id):
    if message_id not in ours:
        return "missing"
    for line in ours[message_id][2]:
        m = REVIEWED.match(line)
        if m:
            return "reviewed" if m.group("hash") == german_hash(german, message_id) else "stale"
    return "draft"


def status():
    german = parse(ROOT / "de" / "main.ftl")
    visible = client_visible(german)
    print(f"{len(visible)} client-visible messages (locales/client-visible.txt)")
    print(f"{'locale':<10} {'reviewed':>9} {'stale':>6} {'draft':>6} {'missing':>8}")
    for locale in locales():
        ours = messages(locale)
        count = {"reviewed": 0, "stale": 0, "draft": 0, "missing": 0}
        for message_id in visible:
            count[state(german, ours, message_id)] += 1
        print(f"{locale:<10} {count['reviewed']:>9} {count['stale']:>6} {count['draft']:>6} {count['missing']:>8}")


def drafts(locale):
    german = parse(ROOT / "de" / "main.ftl")
    ours = messages(locale)
    for message_id in client_visible(german):
        s = state(german, ours, message_id)
        if s != "reviewed":
            print(f"{s:<8} {message_id}")


def review(locale, name, ids):
    german = parse(ROOT / "de" / "main.ftl")
    today = datetime.date.today().isoformat()
    for path in sorted((ROOT / locale).glob("*.ftl")):
        if locale == "de-leicht" and path.name != "main.ftl":
            continue
        entries = parse(path)
        lines = path.read_text(encoding="utf-8").splitlines()
        # From the bottom up, so that earlier line numbers stay valid.
        for message_id in sorted((i for i in ids if i in entries), key=lambda i: -entries[i][0]):
            start, _, comments = entries[message_id]
            mark = f"# reviewed: {name}, {today}, de:{german_hash(german, message_id)}"
            for k in range(start - len(comments), start):
                if REVIEWED.match(lines[k]):
                    lines[k] = mark
                    break
            else:
                lines.insert(start, mark)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    unknown = [i for i in ids if i not in messages(locale)]
    if unknown:
        sys.exit(f"not in {locale}: {' '.join(unknown)}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        status()
    elif args[0] == "drafts" and len(args) == 2:
        drafts(args[1])
    elif args[0] == "review" and len(args) >= 4:
        review(args[1], args[2], args[3:])
    else:
        sys.exit(__doc__)
