"""The ``processes`` setting: "auto" or a number, resolved to NLP worker processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique.config import Settings, load_settings
from communique.errors import ConfigError
from communique.workers import (WORKER_BYTES, auto_workers, available_memory, parse_processes, plan_workers,
                                resolve_processes, usable_cpus)

GB = 1024 ** 3


@pytest.mark.parametrize("value, want", [("auto", "auto"), (" AUTO ", "auto"), ("2", 2), (3, 3), (1, 1),
                                         ("1", 1), (4.0, 4)])
def test_parse_processes_accepts_auto_and_whole_numbers(value, want):
    assert parse_processes(value) == want


@pytest.mark.parametrize("value", ["0", 0, -1, "two", "", None, True, 2.5, "1.5"])
def test_parse_processes_refuses_the_rest_saying_what_is_accepted(value):
    with pytest.raises(ValueError, match="'auto' or a whole number >= 1"):
        parse_processes(value)


@pytest.mark.parametrize("cpus, memory, want", [
    (2, 24 * GB, 2),           # the cores, when memory is plenty
    (16, 3 * GB, 6),           # memory caps: 3 GB holds six 0.5 GB workers
    (8, None, 8),              # memory unknown: the cores
    (4, 100 * 1024 ** 2, 1),   # too little memory for even one worker: still one (in process)
    (0, 8 * GB, 1),            # never below one
    (1, 8 * GB, 1),
])
def test_auto_workers_is_cores_capped_by_memory(cpus, memory, want):
    assert auto_workers(cpus, memory) == want


def test_auto_workers_per_worker_size():
    assert auto_workers(8, 4 * GB, per_worker=GB) == 4
    assert WORKER_BYTES == GB // 2


def test_resolve_on_this_machine():
    n = resolve_processes("auto")
    assert 1 <= n <= usable_cpus()
    assert resolve_processes(3) == 3 and resolve_processes("2") == 2


def test_available_memory_reads_meminfo(tmp_path: Path):
    info = tmp_path / "meminfo"
    info.write_text("MemTotal:       24000000 kB\nMemFree:        1000 kB\nMemAvailable:   2097152 kB\n")
    got = available_memory(info)
    assert got is not None and got <= 2 * GB
    assert available_memory(tmp_path / "missing") is None or Path("/sys/fs/cgroup").is_dir()


@pytest.mark.parametrize("n_items, wanted, batch, want", [
    (5, 2, 8, 1),       # one batch: in process
    (9, 2, 8, 2),       # two batches: two workers
    (100, 4, 8, 4),     # plenty
    (17, 4, 8, 3),      # three batches for four workers
    (0, 4, 8, 1),       # nothing at all
    (100, 1, 8, 1),
])
def test_plan_workers_caps_by_batches_and_keeps_every_item_in_order(n_items, wanted, batch, want):
    n, it = plan_workers(iter(range(n_items)), wanted, batch)
    assert n == want
    assert list(it) == list(range(n_items))


def test_plan_workers_reads_no_more_than_it_needs():
    seen = []

    def stream():
        for i in range(1000):
            seen.append(i)
            yield i

    n, it = plan_workers(stream(), 2, 8)
    assert n == 2 and len(seen) == 16
    assert next(it) == 0


def test_processes_setting_default_file_and_environment(tmp_path: Path):
    assert Settings().processes == "auto"
    assert load_settings(env={}).processes == "auto"  # the packaged settings.toml
    assert load_settings(env={"COMMUNIQUE_PROCESSES": "3"}).processes == 3
    assert load_settings(env={"COMMUNIQUE_PROCESSES": "auto"}).processes == "auto"
    user = tmp_path / "s.toml"
    user.write_text("processes = 2\n")
    assert load_settings(user, env={}).processes == 2
    user.write_text('processes = "many"\n')
    with pytest.raises(ConfigError, match="processes") as err:
        load_settings(user, env={})
    assert str(user) in str(err.value) and "auto" in str(err.value)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_worker_forked_under_the_guard_ends_with_its_parent(tmp_path: Path):
    """The middle process forks a grandchild under die_with_parent, then is killed with SIGKILL."""
    pidfile = tmp_path / "pid"
    code = f"""
import os, signal, time
from communique.workers import die_with_parent
with die_with_parent():
    pid = os.fork()
if pid == 0:
    time.sleep(60)
    os._exit(0)
open({str(pidfile)!r}, "w").write(str(pid))
os.kill(os.getpid(), signal.SIGKILL)
"""
    subprocess.run([sys.executable, "-c", code], timeout=60, env={**os.environ})
    child = int(pidfile.read_text())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.1)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_cli_processes_auto_and_one_give_the_same_events(shared: Path, tmp_path: Path):
    """Nine articles are two batches of eight: auto runs two workers where the machine has two cores."""
    seeds = sorted((shared / "seeds").glob("*.txt"))
    src = tmp_path / "nine.jsonl"
    with src.open("w") as fh:
        for i in range(9):
            fh.write(json.dumps({"id": f"a{i}", "text": seeds[i % len(seeds)].read_text(),
                                 "published": "2022-01-21"}) + "\n")
    outs = {}
    for flag in ("auto", "1"):
        out = tmp_path / f"{flag}.jsonl"
        proc = subprocess.run([sys.executable, "-m", "communique.cli", "extract", str(src), "--processes", flag,
                               "-o", str(out)], capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr
        outs[flag] = (out.read_text(), proc.stderr)
    assert outs["auto"][0] == outs["1"][0] and outs["auto"][0]
    said = re.search(r"\((\d+) NLP process", outs["auto"][1])
    assert said, outs["auto"][1]
    workers = int(said.group(1))
    assert workers == min(2, resolve_processes("auto"))
    assert "(1 NLP process)" in outs["1"][1]


def test_cli_refuses_a_bad_processes_value():
    proc = subprocess.run([sys.executable, "-m", "communique.cli", "extract", "x.txt", "--processes", "none"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "--processes" in proc.stderr and "auto" in proc.stderr


def test_workers_are_forked_with_the_loaded_objects_frozen_and_the_parent_is_not_left_frozen():
    """A worker never walks the parent's loaded objects in a full collection (``gc.freeze``
    before the fork); the parent's collector is as it was once the worker is forked."""
    import gc
    import multiprocessing

    from communique._pool import _frozen

    ctx = multiprocessing.get_context("fork")
    mine, theirs = ctx.Pipe()

    def report(conn):  # the worker: how many objects it inherited frozen
        conn.send(gc.get_freeze_count())

    assert gc.get_freeze_count() == 0
    proc = ctx.Process(target=report, args=(theirs,))
    with _frozen():
        proc.start()
    assert gc.get_freeze_count() == 0
    assert mine.poll(30) and mine.recv() > 1000
    proc.join(10)
