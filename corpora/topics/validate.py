#!/usr/bin/env python3
"""Checks the labelled topic corpus against the rules in README.md.

Usage: python3 corpora/topics/validate.py [part-x.csv ...]   (default: every part-*.csv beside this script)
Prints a summary per file and for the corpus; exits 1 and lists every problem when a check fails.

Per row: the header and four fields, a known topic and style, 3 to 60 words, no musk deer (the
user's sample is never training data). Per topic of a file: no species over 6.5 % once the topic
has 30 rows. Across the corpus: no text twice, and no near-duplicate about another species (the
same sentence with the species swapped would sit in two cross-validation folds, which are grouped
by species, and flatter the score); at least 1,500 sentences, 80 per topic and 40 species.
"""
import collections
import csv
import pathlib
import re
import sys

TOPICS = ["morphology", "behavior", "diet", "reproduction", "habitat", "distribution",
          "population", "conservation", "threats", "human_use", "taxonomy", "other"]
STYLES = {"encyclopedic", "web", "heading", "truncated", "measurement", "human_use_context"}
MAX_SPECIES_SHARE = 0.065
NEAR_DUPLICATE = 0.6          # Jaccard similarity of word bigrams, after the species' own words are removed
MIN_SENTENCES, MIN_PER_TOPIC, MIN_SPECIES = 1500, 80, 40

here = pathlib.Path(__file__).parent
paths = [pathlib.Path(p) for p in sys.argv[1:]] or sorted(here.glob("part-*.csv"))
problems = []
rows = []  # (file, line, text, topic, species, style)

for path in paths:
    with path.open(encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    if table[0] != ["text", "topic", "species", "style"]:
        problems.append(f"{path.name}: header is {table[0]}, expected text,topic,species,style")
    per_topic = collections.defaultdict(collections.Counter)
    styles = collections.Counter()
    for line, row in enumerate(table[1:], start=2):
        where = f"{path.name}:{line}"
        if len(row) != 4:
            problems.append(f"{where}: {len(row)} fields")
            continue
        text, topic, species, style = row
        if topic not in TOPICS:
            problems.append(f"{where}: unknown topic {topic!r}")
        if style not in STYLES:
            problems.append(f"{where}: unknown style {style!r}")
        if not 3 <= len(text.split()) <= 60:
            problems.append(f"{where}: {len(text.split())} words")
        if "musk deer" in text.lower() or "musk deer" in species.lower() or "musk-deer" in text.lower():
            problems.append(f"{where}: musk deer must not be in the corpus")
        per_topic[topic][species] += 1
        styles[style] += 1
        rows.append((path.name, line, text, topic, species, style))
    for topic, counts in per_topic.items():
        total = sum(counts.values())
        top, n = counts.most_common(1)[0]
        if total >= 30 and n / total > MAX_SPECIES_SHARE:
            problems.append(f"{path.name}: {top} is {n} of {total} {topic} rows")
    print(f"{path.name}: {sum(sum(c.values()) for c in per_topic.values())} rows; "
          + ", ".join(f"{t} {sum(per_topic[t].values())}" for t in TOPICS if per_topic[t])
          + " | " + ", ".join(f"{s} {n}" for s, n in styles.most_common()))


def bigrams(text, species):
    own = set(re.findall(r"[a-z0-9']+", species.lower()))
    words = [w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in own and w.rstrip("s") not in own]
    return {(a, b) for a, b in zip(words, words[1:])}


seen = {}
for name, line, text, *_ in rows:
    key = " ".join(text.lower().split())
    if key in seen:
        problems.append(f"{name}:{line}: same text as {seen[key]}")
    seen.setdefault(key, f"{name}:{line}")

# Near-duplicates about different species, found through shared rare bigrams rather than all pairs.
grams = [bigrams(text, species) for _, _, text, _, species, _ in rows]
index = collections.defaultdict(list)
for i, g in enumerate(grams):
    for gram in g:
        index[gram].append(i)
for i, g in enumerate(grams):
    candidates = collections.Counter(j for gram in g if len(index[gram]) < 50 for j in index[gram] if j > i)
    for j, shared in candidates.items():
        if rows[i][4] != rows[j][4] and shared / len(g | grams[j]) >= NEAR_DUPLICATE:
            problems.append(f"{rows[j][0]}:{rows[j][1]}: {rows[j][4]} sentence is {rows[i][0]}:{rows[i][1]} about {rows[i][4]} with the species swapped")

topics = collections.Counter(r[3] for r in rows)
species = {r[4] for r in rows}
print(f"corpus: {len(rows)} sentences, {len(species)} species; " + ", ".join(f"{t} {topics[t]}" for t in TOPICS))
if len(paths) > 1 or not sys.argv[1:]:
    if len(rows) < MIN_SENTENCES:
        problems.append(f"corpus: {len(rows)} sentences, fewer than {MIN_SENTENCES}")
    problems += [f"corpus: {t} has {topics[t]} sentences, fewer than {MIN_PER_TOPIC}" for t in TOPICS if topics[t] < MIN_PER_TOPIC]
    if len(species) < MIN_SPECIES:
        problems.append(f"corpus: {len(species)} species, fewer than {MIN_SPECIES}")

for problem in problems:
    print("PROBLEM", problem)
print("ALL CHECKS PASSED" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
