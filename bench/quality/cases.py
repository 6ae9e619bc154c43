#!/usr/bin/env python3
"""cases.py [-o] [-d] IDREGEX: composes the matching cases of the dev, check and blind splits and shows their labels,
the text around each label and the expected repair. Never the newest blind split (the current round's test set) unless
ALLOW_NEWEST_BLIND=1, once its freeze is scored; never the held-out set, which no one tunes on
(tests/corpus/heldout/README.md), unless HELDOUT=1 for an aggregate count. -o: the operations instead. -d: runs the
built CLI (src/RulesSdk.Cli/bin/Debug/net10.0/docrules.dll) on the composed documents and lists each case's findings
and fixes."""
import json, re, sys, os, glob, subprocess, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from splits import REPO, newest_blind
EVAL = os.environ.get('EVAL') or next((p for p in [os.path.join(REPO, '..', 'shared', 'eval', 'clean'), '/work/shared/eval/clean'] if os.path.isdir(p)), '')
CURRENT = newest_blind()
args = [a for a in sys.argv[1:] if not a.startswith('-')]
opts = [a for a in sys.argv[1:] if a.startswith('-')]
pat = re.compile(args[0])
files = glob.glob(f'{REPO}/tests/corpus/dev/*.json') + (glob.glob(f'{REPO}/tests/corpus/heldout/heldout-*.json') if os.environ.get('HELDOUT') else [])
files = [f for f in files if not f.endswith(('thresholds.json', 'labels.json', 'training.json'))]
if not os.environ.get('ALLOW_NEWEST_BLIND'):
    files = [f for f in files if f'/{CURRENT}-' not in f]

def para_starts(t):
    return [m.start() for m in re.finditer(r'(?:^|(?<=\n))[ \t]*\S', t) if m.start() == 0 or re.search(r'\n[ \t]*\n[ \t]*$', t[:m.start()] ) ]

def find_occ(t, v, occ):
    i = -1
    for _ in range(occ):
        i = t.find(v, i + 1)
        if i < 0:
            return -1
    return i

def apply(t, ops):
    for o in ops:
        op = o['op']
        if op in ('prepend', 'append', 'insertParagraph'):
            starts = para_starts(t)
            idx = 0 if op == 'prepend' else len(starts) if op == 'append' else o['index']
            block = o['text'].strip('\n')
            if idx == len(starts):
                t = t.rstrip('\n') + '\n\n' + block + '\n'
            else:
                t = t[:starts[idx]] + block + '\n\n' + t[starts[idx]:]
        else:
            at = find_occ(t, o['find'], o.get('occurrence', 1))
            if at < 0:
                raise SystemExit(f"anchor missing: {o}")
            if op == 'replace':
                t = t[:at] + o['text'] + t[at + len(o['find']):]
            elif op == 'insertBefore':
                t = t[:at] + o['text'] + t[at:]
            else:
                t = t[:at + len(o['find'])] + o['text'] + t[at + len(o['find']):]
    return t

def carrier_text(c):
    car = c['carrier']
    p = f'{REPO}/tests/corpus/{car[5:]}' if car.startswith('repo:') else f'{EVAL}/{car}'
    return open(p, encoding='utf-8').read(), (car[5:] if car.startswith('repo:') else car)

def middle(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    if a == b:
        return '(expected = composed)'
    ctx = 60
    return repr(a[max(0, p - ctx):len(a) - q + ctx])[:700] + '\n   ->  ' + repr(b[max(0, p - ctx):len(b) - q + ctx])[:700]

out = []
for f in sorted(files):
    for c in json.load(open(f, encoding='utf-8'))['cases']:
        if not pat.search(c['id']):
            continue
        carrier, rel = carrier_text(c)
        composed = apply(carrier, c.get('operations', []))
        exp = c.get('expected') or {}
        base = carrier if exp.get('from', 'composed' if c['kind'] == 'clean' else 'carrier') == 'carrier' else composed
        expected = apply(base, exp.get('operations', []))
        out.append((c, composed, expected, rel))
        print(f"=== {c['id']} [{c['kind']}] {rel}  ({os.path.basename(f)})")
        if c.get('note'):
            print('  note:', c['note'])
        for l in c.get('labels', []):
            print('  LABEL', repr(l['text']), l.get('kind', ''))
        if '-o' in opts:
            for o in c.get('operations', []):
                print('  OP', o['op'], repr(o.get('text', ''))[:300], 'find=' + repr(o.get('find', ''))[:80] if o.get('find') else '')
        else:
            for l in c.get('labels', []) or [{'text': o.get('text', '')} for o in c.get('operations', [])]:
                i = composed.find(l['text'])
                if i >= 0:
                    a = composed.rfind('\n', 0, max(0, i - 150)) + 1
                    b = composed.find('\n', i + len(l['text']) + 150)
                    print('  CTX', composed[a: b if b > 0 else None].strip()[:900])
            print('  EXP', middle(composed, expected))
if '-d' in opts and out:
    root = '/tmp/diagcases'
    shutil.rmtree(root, ignore_errors=True)
    for c, composed, _, rel in out:
        p = f"{root}/{c['id']}/{rel}"
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, 'w', encoding='utf-8').write(composed)
    r = subprocess.run(['dotnet', f'{REPO}/src/RulesSdk.Cli/bin/Debug/net10.0/docrules.dll', 'check', root, '--format', 'json'], capture_output=True, text=True, cwd=root)
    try:
        data = json.loads(r.stdout)
    except Exception:
        print(r.stdout[:2000], r.stderr[:2000]); raise
    composed_by_id = {c['id']: composed for c, composed, _, _ in out}
    print('--- findings')
    for dgn in data['diagnostics']:
        cid = dgn['path'].split('/')[0]
        t = composed_by_id.get(cid, '')
        text = t[dgn['offset']:dgn['offset'] + dgn['length']]
        fx = dgn.get('fixes') or []
        fix = ''
        if fx:
            e = fx[0]['edits'][0] if fx[0].get('edits') else None
            fix = (' SAFE' if fx[0].get('isSafe') else ' sugg') + (f" -> {e['newText']!r}"[:120] if e else '')
        print(' ', cid, dgn['id'], dgn['severity'][0], repr(text)[:160], fix)
