#!/usr/bin/env python3
"""Checks corpora/topics/part-f.csv against the topic labelling brief.

Usage: python3 corpora/topics/validate-part-f.py [path/to/part-f.csv]
Exits 1 and lists every problem when a check fails; prints a summary either way.

Part F covers all 12 topics, weighted to the ones the 0.841 model confused, so the
minimum per topic differs by topic. Besides the format checks of parts A and B it looks
for duplicates and near-duplicates against the other parts, because a sentence repeated
across parts leaks between cross-validation folds and flatters the score.
"""
import collections
import csv
import math
import pathlib
import re
import sys

TOPICS = ["morphology", "behavior", "diet", "reproduction", "habitat", "distribution",
          "population", "conservation", "threats", "human_use", "taxonomy", "other"]
STYLES = {"encyclopedic", "web", "heading", "truncated", "measurement", "human_use_context"}
MIN_PER_TOPIC = {
    "human_use": 140, "threats": 110, "other": 110, "behavior": 100, "conservation": 65,
    "habitat": 55, "diet": 55, "taxonomy": 35, "reproduction": 35,
    "morphology": 8, "distribution": 8, "population": 8,
}
MIN_NEW_SPECIES = 120          # species that no earlier part uses
MAX_SPECIES_SHARE = 0.04       # "no species more than ~4% of a topic"
NEAR_DUPLICATE = 0.5           # Jaccard similarity of word bigrams

here = pathlib.Path(__file__).parent
path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else here / "part-f.csv")
others = sorted(p for p in here.glob("part-*.csv") if p.resolve() != path.resolve())
problems = []


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower())


def bigrams(text):
    w = words(text)
    return {(a, b) for a, b in zip(w, w[1:])}


def similarity(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


with path.open(encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))

if rows[0] != ["text", "topic", "species", "style"]:
    problems.append(f"header is {rows[0]}, expected text,topic,species,style")
body = rows[1:]

earlier_texts = {}
earlier_species = set()
for other in others:
    with other.open(encoding="utf-8", newline="") as f:
        for row in list(csv.reader(f))[1:]:
            if len(row) == 4:
                earlier_texts[row[0].strip().lower()] = other.name
                earlier_species.add(row[2])
earlier_bigrams = [(bigrams(t), t, name) for t, name in earlier_texts.items()]

seen = {}
mine = []
per_topic = collections.Counter()
species_per_topic = collections.defaultdict(collections.Counter)
styles_per_topic = collections.defaultdict(collections.Counter)
for line, row in enumerate(body, start=2):
    if len(row) != 4:
        problems.append(f"line {line}: {len(row)} fields")
        continue
    text, topic, species, style = row
    if topic not in TOPICS:
        problems.append(f"line {line}: topic {topic!r} not one of the 12")
    if style not in STYLES:
        problems.append(f"line {line}: style {style!r} unknown")
    if species != species.lower() or not species.strip():
        problems.append(f"line {line}: species {species!r} must be lowercase and non-empty")
    lowered = text.lower()
    if "musk deer" in lowered or "musk-deer" in lowered or "musk deer" in species:
        problems.append(f"line {line}: mentions musk deer")
    key = text.strip().lower()
    if key in seen:
        problems.append(f"line {line}: duplicate of line {seen[key]}")
    if key in earlier_texts:
        problems.append(f"line {line}: already in {earlier_texts[key]}")
    seen[key] = line
    n_words = len(text.split())
    if not 5 <= n_words <= 45:
        problems.append(f"line {line}: {n_words} words (want 5-45)")
    ends_with_stop = bool(re.search(r"[.!?]['\"”)]?$", text))
    if style == "truncated" and ends_with_stop:
        problems.append(f"line {line}: truncated sentence ends with a stop")
    if style != "truncated" and not ends_with_stop:
        problems.append(f"line {line}: sentence lacks a final stop but style is {style}")
    if text != text.strip() or "\t" in text or "  " in text:
        problems.append(f"line {line}: stray whitespace")
    per_topic[topic] += 1
    species_per_topic[topic][species] += 1
    styles_per_topic[topic][style] += 1
    mine.append((line, bigrams(text)))

# Near-duplicates: within the file, and against every earlier part.
for i, (line_a, a) in enumerate(mine):
    for line_b, b in mine[i + 1:]:
        s = similarity(a, b)
        if s >= NEAR_DUPLICATE:
            problems.append(f"lines {line_a} and {line_b}: near-duplicates (similarity {s:.2f})")
    for b, text_b, name in earlier_bigrams:
        s = similarity(a, b)
        if s >= NEAR_DUPLICATE:
            problems.append(f"line {line_a}: near-duplicate of {name}: {text_b[:60]!r} ({s:.2f})")

for topic in TOPICS:
    n = per_topic[topic]
    if n < MIN_PER_TOPIC[topic]:
        problems.append(f"topic {topic}: {n} rows (want >= {MIN_PER_TOPIC[topic]})")
    # Small topics cannot meet 4% with whole rows; allow at least two rows per species.
    limit = max(2, math.ceil(MAX_SPECIES_SHARE * n))
    for species, k in species_per_topic[topic].items():
        if k > limit:
            problems.append(f"topic {topic}: {species} has {k}/{n} rows (limit {limit})")

all_species = {s for c in species_per_topic.values() for s in c}
new_species = all_species - earlier_species
if len(new_species) < MIN_NEW_SPECIES:
    problems.append(f"only {len(new_species)} species new to this part (want >= {MIN_NEW_SPECIES})")

styles_total = collections.Counter()
for c in styles_per_topic.values():
    styles_total.update(c)
print(f"{path}: {len(body)} rows, {len(all_species)} distinct species, {len(new_species)} not in {len(others)} earlier parts")
print("  styles: " + ", ".join(f"{s} {k} ({k / max(1, len(body)):.0%})" for s, k in styles_total.most_common()))
for topic in TOPICS:
    styles = ", ".join(f"{s} {k}" for s, k in styles_per_topic[topic].most_common())
    top = species_per_topic[topic].most_common(1)[0] if species_per_topic[topic] else ("-", 0)
    print(f"  {topic:13} {per_topic[topic]:4}  species {len(species_per_topic[topic]):3}  max {top[0]} {top[1]}  | {styles}")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
