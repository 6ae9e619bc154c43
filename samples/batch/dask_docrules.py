#!/usr/bin/env python3
"""Run `docrules check --jsonl` (or `fix --jsonl`) over a JSON-lines dataset with Dask distributed.

Each Dask worker keeps one long-lived docrules process (started once, by a worker plugin) and pipes
every partition it is given through it: docrules writes exactly one result line per non-blank input
line, in input order, so a partition of n lines reads back n lines. Results are written as one
JSON-lines file per partition (part-00000.jsonl, ...) in input order; concatenated, they equal a
direct `docrules check --jsonl < dataset.jsonl`.

    python3 dask_docrules.py data.jsonl out/ --workers 4 -- --text-field content --id-field url

Everything after `--` is passed to docrules. Needs dask and distributed (Debian: python3-dask
python3-distributed) and docrules on PATH (or --docrules "dotnet /path/docrules.dll").
See docs/batch.md.
"""

import argparse
import os
import shlex
import subprocess
import sys
import threading

import dask.bag as db
from distributed import Client, LocalCluster, WorkerPlugin, get_worker

PLUGIN_NAME = "docrules"


class DocrulesProcess(WorkerPlugin):
    """One docrules process per worker, fed partition after partition through its standard input."""

    def __init__(self, command):
        self.command = command
        self.process = None
        self.lock = None

    def setup(self, worker):
        # Made here, in the worker: a lock cannot travel from the client.
        self.lock = threading.Lock()
        self.process = subprocess.Popen(
            self.command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,  # docrules' own messages go to the worker's log
            bufsize=1 << 16,
        )

    def teardown(self, worker):
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait()

    def run(self, lines):
        """Sends the lines (bytes, each ending with a newline) and returns one result line per line."""
        with self.lock:
            process = self.process
            if process is None or process.poll() is not None:
                raise RuntimeError("docrules exited (code %s); see the worker's log" % (process and process.returncode))

            # Write from a thread while reading here: a large partition would otherwise fill both pipes.
            failure = []

            def feed():
                try:
                    for line in lines:
                        process.stdin.write(line)
                    process.stdin.flush()
                except OSError as error:  # docrules died: the read below says so
                    failure.append(error)

            writer = threading.Thread(target=feed, daemon=True)
            writer.start()
            results = []
            for _ in lines:
                result = process.stdout.readline()
                if not result:
                    raise RuntimeError("docrules closed its output early (%s)" % (failure or "see the worker's log"))
                results.append(result.decode("utf-8").rstrip("\n"))
            writer.join()
            return results


def check_partition(lines):
    """A Dask partition of text lines -> docrules' result lines for them, in the same order."""
    encoded = []
    for line in lines:
        # docrules skips blank lines without a result; skip them here too, so counts match.
        if line.strip():
            encoded.append((line.rstrip("\r\n") + "\n").encode("utf-8"))
    if not encoded:
        return []
    return get_worker().plugins[PLUGIN_NAME].run(encoded)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON-lines file(s): a path or a glob, as dask.bag.read_text takes")
    parser.add_argument("output", help="folder for part-NNNNN.jsonl result files")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="LocalCluster worker processes (default: CPUs)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler instead of a LocalCluster")
    parser.add_argument("--docrules", default="docrules", help="command that runs docrules (default: docrules)")
    parser.add_argument("--mode", choices=["check", "fix"], default="check")
    parser.add_argument("--blocksize", default="64MiB", help="partition size for read_text (default 64MiB)")
    args, extra = parser.parse_known_args(argv)
    if extra and extra[0] == "--":
        extra = extra[1:]

    # One thread per docrules process: docrules itself analyses one document at a time here,
    # and the workers (one per core) are the parallelism.
    command = shlex.split(args.docrules) + [args.mode, "--jsonl", "--parallelism", "1"] + extra
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        client.register_worker_plugin(DocrulesProcess(command), name=PLUGIN_NAME)
        blocksize = int(args.blocksize) if args.blocksize.isdigit() else args.blocksize
        lines = db.read_text(args.input, blocksize=blocksize, encoding="utf-8", linedelimiter="\n")
        results = lines.map_partitions(check_partition)
        os.makedirs(args.output, exist_ok=True)
        results.to_textfiles(
            os.path.join(args.output, "part-*.jsonl"), name_function=lambda i: "%05d" % i,
            encoding="utf-8", last_endline=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
