#!/usr/bin/env python3
"""summary.py LOG [BEFORE] [-k]: pools a quality log of HeldOutQualityTests (detailed console logger) per language:
validation (held-out + every blind split but the newest), dev, check and the newest blind split; -k prints validation
per kind; with BEFORE, the totals side by side and the case ids whose details appeared or went."""
import re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from splits import newest_blind
CURRENT = os.environ.get('CURRENT_BLIND') or newest_blind()

def parse(path):
    secs = {}
    cur = None
    for line in open(path, encoding='utf-8', errors='replace'):
        line = line.rstrip('\n')
        m = re.match(r'\s*### (.+?) (fr|en), news-(fr|en)', line)
        if m:
            cur = {'split': m.group(1), 'lang': m.group(2), 'kinds': {}, 'details': []}
            secs[(m.group(1), m.group(2))] = cur
            continue
        if cur is None:
            continue
        m = re.match(r'\s*\| (\*\*overall\*\*|[a-z-]+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|.*?\((\d+)/(\d+)\)', line)
        if m:
            cur['kinds'][m.group(1).strip('*')] = tuple(int(x) for x in m.groups()[1:])
            continue
        m = re.match(r'\s*Clean documents: (\d+), findings on them: (\d+).*changed by fix-all: (\d+)', line)
        if m:
            cur['clean'] = tuple(int(x) for x in m.groups())
            continue
        m = re.match(r'\s+(FN|FP|FP\(clean\)|REPAIR|CHANGED\(clean\)) (\S+)(.*)', line)
        if m:
            cur['details'].append(line.strip())
    return secs

def pool(secs, lang, pred):
    t = [0]*6; c = [0, 0, 0]; kinds = {}
    for (split, l), s in secs.items():
        if l != lang or not pred(split):
            continue
        for k, v in s['kinds'].items():
            if k == 'overall':
                t = [a + b for a, b in zip(t, v)]
            else:
                kinds[k] = [a + b for a, b in zip(kinds.get(k, [0]*6), v)]
        if 'clean' in s:
            c = [a + b for a, b in zip(c, s['clean'])]
    return t, c, kinds

def fmt(t, c):
    labels, tp, fp, fn, ex, exd = t
    r = tp / labels if labels else 0
    p = tp / (tp + fp) if tp + fp else 0
    return f"labels {labels} R {r:.3f} P {p:.3f} FP {fp} FN {fn} X {ex}/{exd} clean {c[1]}/{c[0]} changed {c[2]}"

val = lambda s: s == 'held-out' or (s.startswith('blind') and s != CURRENT)
groups = [('validation', val), ('dev', lambda s: s == 'dev'), ('check', lambda s: s == 'check'), (CURRENT, lambda s: s == CURRENT)]
a = parse(sys.argv[1])
pos = [x for x in sys.argv[1:] if not x.startswith('-')]
b = parse(pos[1]) if len(pos) > 1 else None
if '-k' in sys.argv:
    for lang in ('fr', 'en'):
        _, _, kinds = pool(a, lang, val)
        for k, v in sorted(kinds.items()):
            print(lang, f"{k:26}", f"R {v[1]/v[0]:.3f} FP {v[2]} FN {v[3]} X {v[4]}/{v[5]}")
for lang in ('fr', 'en'):
    for name, pred in groups:
        t, c, _ = pool(a, lang, pred)
        if t[0] == 0:
            continue
        line = f"{lang} {name:10} {fmt(t, c)}"
        if b:
            tb, cb, _ = pool(b, lang, pred)
            line += f"   | before {fmt(tb, cb)}"
        print(line)
if b:
    da = {d for s in a.values() for d in s['details']}
    db = {d for s in b.values() for d in s['details']}
    print("--- new details (worse):")
    for d in sorted(da - db):
        print("  +", d)
    print("--- gone details (better):")
    for d in sorted(db - da):
        print("  -", d)
