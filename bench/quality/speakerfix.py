#!/usr/bin/env python3
"""speakerfix.py LANG [IDREGEX]: for the first-person-speaker cases of the held-out and blind splits (the newest blind
split excepted): missed, found without a safe fix, or fixed, and whether the first safe fix gives the expected text or an
accepted one (V=1 prints each case). Uses cases.py's composer and the built CLI."""
import json, re, sys, os, subprocess, shutil, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
lang = sys.argv[1]; rx = re.compile(sys.argv[2] if len(sys.argv) > 2 else '.')
src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.py')).read().split("out = []")[0].replace("pat = re.compile(args[0])", "pat=re.compile('.')")
sys.argv = ['x', '.']
exec(src)
cases = []
for f in sorted(files):
    if f'-{lang}.json' not in f or '/dev-' in f or '/check-' in f: continue
    for c in json.load(open(f))['cases']:
        if c['kind'] != 'first-person-speaker' or not rx.search(c['id']): continue
        carrier, rel = carrier_text(c); comp = apply(carrier, c.get('operations', []))
        def exp_of(e):
            base = carrier if e.get('from', 'carrier') == 'carrier' else comp
            return apply(base, e.get('operations', []))
        cases.append((c, comp, exp_of(c.get('expected') or {}), [exp_of(a) for a in c.get('acceptable', [])], rel))
root = '/tmp/spk-' + lang
shutil.rmtree(root, ignore_errors=True)
for c, comp, *_ , rel in cases:
    p = f"{root}/{c['id']}/{rel}"; os.makedirs(os.path.dirname(p), exist_ok=True); open(p, 'w').write(comp)
r = subprocess.run(['dotnet', f'{REPO}/src/RulesSdk.Cli/bin/Debug/net10.0/docrules.dll', 'check', root, '--format', 'json'], capture_output=True, text=True, cwd=root)
diags = collections.defaultdict(list)
for d in json.loads(r.stdout)['diagnostics']:
    diags[d['path'].split('/')[0]].append(d)
cat = collections.Counter(); byrule = collections.Counter()
for c, comp, exp, acc, rel in cases:
    lab = c['labels'][0]['text']; s = comp.find(lab); e = s + len(lab)
    ov = [d for d in diags[c['id']] if d['offset'] < e and d['offset'] + d['length'] > s]
    if not ov:
        cat['missed'] += 1; continue
    safe = [d for d in ov if d.get('fixes') and d['fixes'][0].get('isSafe')]
    if not safe:
        cat['no-safe-fix'] += 1; byrule['nofix ' + ov[0]['id']] += 1
        if '-v' in sys.argv[1:] or os.environ.get('V'): print('NOFIX', c['id'], ov[0]['id'], repr(comp[ov[0]['offset']:ov[0]['offset']+ov[0]['length']])[:200])
        continue
    d = safe[0]; ed = d['fixes'][0]['edits']
    t = comp
    for x in sorted(ed, key=lambda x: -x['offset']):
        t = t[:x['offset']] + x['newText'] + t[x['offset'] + x['length']:]
    if t.rstrip() == exp.rstrip(): cat['exact'] += 1; byrule['exact ' + d['id']] += 1
    elif any(t.rstrip() == a.rstrip() for a in acc): cat['acceptable'] += 1; byrule['acc ' + d['id']] += 1
    else:
        cat['wrong-fix'] += 1; byrule['wrong ' + d['id']] += 1
        if os.environ.get('V'):
            import difflib
            p = 0
            while p < min(len(t), len(exp)) and t[p] == exp[p]: p += 1
            q = 0
            while q < min(len(t), len(exp)) - p and t[-1-q] == exp[-1-q]: q += 1
            print('WRONG', c['id'], d['id'], repr(t[max(0,p-30):len(t)-q+10])[:250], ' EXPECTED ', repr(exp[max(0,p-30):len(exp)-q+10])[:250])
print(dict(cat)); print(byrule.most_common(30))
