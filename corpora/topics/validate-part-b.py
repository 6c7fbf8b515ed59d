#!/usr/bin/env python3
"""Checks corpora/topics/part-b.csv against the topic labelling brief.

Usage: python3 corpora/topics/validate-part-b.py [path/to/part-b.csv]
Exits 1 and lists every problem when a check fails; prints a summary either way.
"""
import collections
import csv
import pathlib
import re
import sys

TOPICS = ["population", "conservation", "threats", "human_use", "taxonomy", "other"]
STYLES = {"encyclopedic", "web", "heading", "truncated", "measurement", "human_use_context"}
MIN_PER_TOPIC = 140
MIN_SPECIES = 45
MAX_SPECIES_SHARE = 0.065  # "no species more than ~6% of a topic"

path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("part-b.csv"))
problems = []

with path.open(encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))

if rows[0] != ["text", "topic", "species", "style"]:
    problems.append(f"header is {rows[0]}, expected text,topic,species,style")
body = rows[1:]

seen = {}
per_topic = collections.Counter()
species_per_topic = collections.defaultdict(collections.Counter)
styles_per_topic = collections.defaultdict(collections.Counter)
for line, row in enumerate(body, start=2):
    if len(row) != 4:
        problems.append(f"line {line}: {len(row)} fields")
        continue
    text, topic, species, style = row
    if topic not in TOPICS:
        problems.append(f"line {line}: topic {topic!r} not one of {TOPICS}")
    if style not in STYLES:
        problems.append(f"line {line}: style {style!r} unknown")
    if species != species.lower() or not species.strip():
        problems.append(f"line {line}: species {species!r} must be lowercase and non-empty")
    if "musk deer" in text.lower() or "musk deer" in species or "musk-deer" in text.lower():
        problems.append(f"line {line}: mentions musk deer")
    key = text.strip().lower()
    if key in seen:
        problems.append(f"line {line}: duplicate of line {seen[key]}")
    seen[key] = line
    words = len(text.split())
    if not 5 <= words <= 45:
        problems.append(f"line {line}: {words} words (want 5-45)")
    ends_with_stop = bool(re.search(r"[.!?]['\"”)]?$", text))
    if style == "truncated" and ends_with_stop:
        problems.append(f"line {line}: truncated sentence ends with a stop")
    if style != "truncated" and not ends_with_stop:
        problems.append(f"line {line}: sentence lacks a final stop but style is {style}")
    per_topic[topic] += 1
    species_per_topic[topic][species] += 1
    styles_per_topic[topic][style] += 1

for topic in TOPICS:
    n = per_topic[topic]
    if n < MIN_PER_TOPIC:
        problems.append(f"topic {topic}: {n} rows (want >= {MIN_PER_TOPIC})")
    for species, k in species_per_topic[topic].items():
        if n and k / n > MAX_SPECIES_SHARE:
            problems.append(f"topic {topic}: {species} is {k}/{n} = {k / n:.1%} of the topic")

all_species = {s for c in species_per_topic.values() for s in c}
if len(all_species) < MIN_SPECIES:
    problems.append(f"only {len(all_species)} distinct species (want >= {MIN_SPECIES})")

print(f"{path}: {len(body)} rows, {len(all_species)} distinct species")
for topic in TOPICS:
    styles = ", ".join(f"{s} {k}" for s, k in styles_per_topic[topic].most_common())
    top = species_per_topic[topic].most_common(1)[0] if species_per_topic[topic] else ("-", 0)
    print(f"  {topic:13} {per_topic[topic]:4}  species {len(species_per_topic[topic]):3}  max {top[0]} {top[1]}  | {styles}")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
