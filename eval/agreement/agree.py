#!/usr/bin/env python3
"""Inter-annotator agreement on relationships: annotation B (dir_b) scored against gold A (dir_a),
as the eval scores the extractor: same type, both ends matching by any alternative (folded; seed
ids expanded to their names), PARTNERED_WITH/MERGED_WITH either way; one prediction per
distinct (type, from, to)."""
import json, os, sys, glob, collections
a_dir, b_dir, seed = sys.argv[1], sys.argv[2], sys.argv[3]
try:
    import opencc  # optional
    t2s = opencc.OpenCC('t2s').convert
except Exception:
    t2s = lambda s: s
def fold(s): return t2s(s.lower().replace(' ', '').replace('\u3000', ''))
names = {}
for e in json.load(open(seed))['entities']:
    ns = [e.get('name'), e.get('nameZhHans'), e.get('nameZhHant')] + (e.get('aliases') or [])
    names['id:' + e['id']] = {fold(n) for n in ns if n}
def keys(spec):
    out = set()
    for alt in spec.split('|'):
        alt = alt.strip()
        if alt.startswith('id:'):
            out.add(alt); out |= names.get(alt, set())
        else:
            out.add(fold(alt))
    return out
sym = {'PARTNERED_WITH', 'MERGED_WITH'}
def hit(g, p):
    if g['type'] != p['type']: return False
    gf, gt, pf, pt = keys(g['from']), keys(g['to']), keys(p['from']), keys(p['to'])
    return (gf & pf and gt & pt) or (g['type'] in sym and gf & pt and gt & pf)
tot = collections.defaultdict(lambda: [0, 0, 0, 0])  # lang: B matched, |B|, A matched, |A|
bytype = collections.defaultdict(lambda: [0, 0, 0, 0])
for fb in sorted(glob.glob(os.path.join(b_dir, '*.json'))):
    fa = os.path.join(a_dir, os.path.basename(fb))
    A, B = json.load(open(fa)), json.load(open(fb))
    ga, gb = A['relationships'], B['relationships']
    lang = A['language']
    for p in gb:
        ok = any(hit(g, p) for g in ga)
        tot[lang][0] += ok; tot[lang][1] += 1; bytype[p['type']][0] += ok; bytype[p['type']][1] += 1
    for g in ga:
        ok = any(hit(g, p) for p in gb)
        tot[lang][2] += ok; tot[lang][3] += 1; bytype[g['type']][2] += ok; bytype[g['type']][3] += 1
    ea = {fold(e['name']) for e in A.get('entities', [])}
    eb = {fold(e['name']) for e in B.get('entities', [])}
    tot[lang + ' entities'][2] += len(ea & eb); tot[lang + ' entities'][3] += len(ea)
    tot[lang + ' entities'][0] += len(ea & eb); tot[lang + ' entities'][1] += len(eb)
all_ = [0, 0, 0, 0]
for k, v in sorted(tot.items()):
    print(f"{k:20} B's precision against A {v[0]}/{v[1]} = {v[0]/max(1,v[1]):.2f}   B's recall of A {v[2]}/{v[3]} = {v[2]/max(1,v[3]):.2f}")
    if 'entities' not in k:
        all_ = [x + y for x, y in zip(all_, v)]
print(f"{'all relationships':20} precision {all_[0]}/{all_[1]} = {all_[0]/max(1,all_[1]):.2f}   recall {all_[2]}/{all_[3]} = {all_[2]/max(1,all_[3]):.2f}")
for k, v in sorted(bytype.items(), key=lambda x: -x[1][3]):
    print(f"  {k:16} P {v[0]}/{v[1]}  R {v[2]}/{v[3]}")
