#!/usr/bin/env python3
# Checks part-a.csv: header, 4 fields per row, topics, counts, species, duplicates, no musk deer, style mix.
# Usage: python3 corpora/topics/validate-part-a.py corpora/topics/part-a.csv
import csv, sys, collections, re
path = sys.argv[1]
ALLOWED = {'morphology','behavior','diet','reproduction','habitat','distribution'}
STYLES = {'encyclopedic','web','heading','truncated','measurement','human_use_context'}
ok = True
with open(path, encoding='utf-8', newline='') as f:
    rows = list(csv.reader(f))
header, data = rows[0], rows[1:]
print('header ok:', header == ['text','topic','species','style'])
ok &= header == ['text','topic','species','style']
bad = [r for r in data if len(r) != 4]
print('rows:', len(data), ' rows without 4 fields:', len(bad)); ok &= not bad
badt = [r for r in data if r[1] not in ALLOWED]; print('rows with topic outside the six:', len(badt)); ok &= not badt
bads = [r for r in data if r[3] not in STYLES]; print('rows with unknown style:', len(bads)); ok &= not bads
bysp = collections.Counter(r[1] for r in data)
for t in sorted(ALLOWED):
    print(f'  {t:13s} {bysp[t]}'); ok &= bysp[t] >= 140
species = {r[2] for r in data}; print('distinct species:', len(species)); ok &= len(species) >= 45
dup = [t for t, c in collections.Counter(r[0].casefold() for r in data).items() if c > 1]
print('duplicate texts:', len(dup)); ok &= not dup
musk = [r for r in data if 'musk deer' in ' '.join(r).casefold()]
print('rows mentioning musk deer:', len(musk)); ok &= not musk
# quality checks
lower = [r for r in data if r[2] != r[2].lower()]; print('species not lowercase:', len(lower)); ok &= not lower
trunc_stop = [r[0] for r in data if r[3] == 'truncated' and r[0][-1] in '.!?']
print('truncated rows ending with a stop:', len(trunc_stop)); ok &= not trunc_stop
nostop = [r[0] for r in data if r[3] != 'truncated' and r[0][-1] not in '.!?"']
print('non-truncated rows without a final stop:', len(nostop)); ok &= not nostop
lens = [len(r[0].split()) for r in data]
print('words per text: min', min(lens), 'max', max(lens), 'mean', round(sum(lens)/len(lens),1))
out = [r[0] for r in data if not 5 <= len(r[0].split()) <= 45]; print('texts outside 5-45 words:', len(out)); ok &= not out
print('style mix per topic:')
for t in sorted(ALLOWED):
    c = collections.Counter(r[3] for r in data if r[1] == t); n = bysp[t]
    print(f'  {t:13s} ' + ', '.join(f'{s} {c[s]} ({100*c[s]//n}%)' for s in ['encyclopedic','web','heading','truncated','measurement','human_use_context']))
    top = collections.Counter(r[2] for r in data if r[1] == t).most_common(1)[0]
    share = top[1] / n; print(f'    most frequent species: {top[0]} {top[1]} ({share:.1%})'); ok &= share <= 0.06
    print(f'    species in topic: {len({r[2] for r in data if r[1]==t})}')
print('ALL CHECKS PASSED' if ok else 'SOME CHECKS FAILED')
sys.exit(0 if ok else 1)
