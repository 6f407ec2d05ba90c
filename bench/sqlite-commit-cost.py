#!/usr/bin/env python3
"""What one SQLite commit costs with synchronous=FULL against NORMAL, set up as the server sets it up
(write-ahead log, checkpoints apart): 500 commits of a batch of 8 messages each, three rounds alternating.
Usage: python3 bench/sqlite-commit-cost.py [folder on the disk to measure, default /tmp]"""
import os
import sqlite3
import statistics
import sys
import time

folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp"


def remove(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def run(mode, commits=500):
    path = os.path.join(folder, f"parta-commit-cost-{mode}.db")
    remove(path)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA synchronous={mode}")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("CREATE TABLE m(id INTEGER PRIMARY KEY, chat INT, seq INT, text TEXT)")
    times = []
    for i in range(commits):
        start = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.executemany("INSERT INTO m(chat, seq, text) VALUES (?, ?, ?)", [(j, i, "Домашнее задание: параграф 12" * 3) for j in range(8)])
        db.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    db.close()
    remove(path)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], times[int(len(times) * 0.99)]


for round_ in range(1, 4):
    for mode in ("FULL", "NORMAL"):
        p50, p95, p99 = run(mode)
        load = open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "?"
        print(f"round {round_} {mode:6} commit p50 {p50:.3f} ms  p95 {p95:.3f} ms  p99 {p99:.3f} ms  load {load}")
