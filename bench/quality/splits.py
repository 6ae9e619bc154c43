import glob, os, re

REPO = os.environ.get('REPO') or os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


def newest_blind(repo=REPO):
    """The current round's blind split: the highest-numbered blind*-fr.json of tests/corpus/dev."""
    names = [os.path.basename(p)[:-len('-fr.json')] for p in glob.glob(os.path.join(repo, 'tests', 'corpus', 'dev', 'blind*-fr.json'))]
    return max(names, key=lambda n: 1 if n == 'blind' else int(n[len('blind'):]))
