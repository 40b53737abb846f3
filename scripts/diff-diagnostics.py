#!/usr/bin/env python3
"""Compares the diagnostics of two reportsite binaries on randomly broken copies of a site.

For changes that must not change what users are told (a faster cross-check, a new CSV reader): each
round copies the site, breaks one to three lines of its content files (a line repeated or dropped, one
known id swapped for another), runs `check --format json` with both binaries and stops at the first
difference in exit status or output.

    python3 scripts/diff-diagnostics.py OLD_BINARY NEW_BINARY [--site Tests/Fixtures/sites/mutation-base/Content]
                                        [--templates Templates] [--rounds 200] [--seed 1]
"""
import argparse, os, random, shutil, subprocess, sys, tempfile

IDS = ['hue', 'so-xay-dung-hue', 'thpt-quoc-hoc-hue', 'dien-luc-quang-tri', 'quang-tri', 'quang-binh',
       'ct-03-ubnd-hue', 'nq-51-tw', 'x-unknown', '2024', '2025']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('old')
    ap.add_argument('new')
    ap.add_argument('--site', default='Tests/Fixtures/sites/mutation-base/Content')
    ap.add_argument('--templates', default='Templates')
    ap.add_argument('--rounds', type=int, default=200)
    ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    files = sorted(os.path.relpath(os.path.join(root, f), a.site)
                   for root, _, fs in os.walk(a.site) for f in fs if f.endswith(('.csv', '.yaml', '.md')))
    codes = {}
    with tempfile.TemporaryDirectory(dir='/dev/shm' if os.path.isdir('/dev/shm') else None) as work:
        content = os.path.join(work, 'Content')
        for n in range(a.rounds):
            shutil.rmtree(content, ignore_errors=True)
            shutil.copytree(a.site, content)
            for _ in range(rng.randint(1, 3)):
                path = os.path.join(content, rng.choice(files))
                lines = open(path, encoding='utf-8').read().split('\n')
                k = rng.randrange(len(lines))
                op = rng.randrange(4)
                if op == 0:
                    lines.insert(k, lines[rng.randrange(len(lines))])
                elif op == 1:
                    del lines[k]
                elif op == 2:
                    lines[k] = lines[k].replace(rng.choice(IDS), rng.choice(IDS), 1)
                else:
                    lines.insert(k, lines[k])
                open(path, 'w', encoding='utf-8').write('\n'.join(lines))
            runs = [subprocess.run([b, 'check', '--content', content, '--templates', a.templates, '--format', 'json'],
                                   capture_output=True, text=True) for b in (a.old, a.new)]
            codes[runs[0].returncode] = codes.get(runs[0].returncode, 0) + 1
            if (runs[0].returncode, runs[0].stdout) != (runs[1].returncode, runs[1].stdout):
                print(f'round {n}: the binaries differ (exit {runs[0].returncode} and {runs[1].returncode})')
                print('old:', runs[0].stdout[:2000])
                print('new:', runs[1].stdout[:2000])
                kept = os.path.abspath('diff-diagnostics-site')
                shutil.rmtree(kept, ignore_errors=True)
                shutil.copytree(content, kept)
                print('the broken site is kept in', kept)
                return 1
    print(f'{a.rounds} rounds, no difference; exit statuses of the old binary: {dict(sorted(codes.items()))}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
