#!/usr/bin/env python3
"""Runs one wrk command and accounts for where the machine's CPU went while it ran.

    wrk_cpu.py OUT_TXT OUT_JSON TIMEOUT_S SERVER_PID -- wrk ARGS...

wrk's output goes to OUT_TXT unchanged. OUT_JSON gets the CPU shares of the run, as fractions of
all cores over the wall time: the server under test (SERVER_PID and its children, e.g. nginx's
workers), wrk itself, interrupt and softirq time (the loopback TCP stack runs there, charged to no process),
everything else on the machine ("other": builds, other services), and idle and steal time. On a 2-core machine the "other" share says whether a number can be trusted.
"""
import json
import os
import resource
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def machine():
    """(busy, idle, steal, irq) jiffies since boot, all cores; busy includes irq."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:9]]
    user, nice, system, idle, iowait, irq, softirq, steal = v
    return user + nice + system + irq + softirq, idle + iowait, steal, irq + softirq


def proc_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime, all threads
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0


def tree(root):
    """root and its descendants (nginx master and workers; a JVM is one process)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, IndexError):
                pass
    found, frontier = {root}, [root]
    while frontier:
        p = frontier.pop()
        for child, parent in parents.items():
            if parent == p and child not in found:
                found.add(child)
                frontier.append(child)
    return found


def main():
    out_txt, out_json, timeout, server = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    cmd = sys.argv[sys.argv.index("--") + 1:]
    pids = tree(server)
    server0 = sum(proc_ticks(p) for p in pids)
    busy0, idle0, steal0, irq0 = machine()
    rusage0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    with open(out_txt, "w") as out:
        rc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, timeout=timeout).returncode
    wall = time.monotonic() - t0
    rusage1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy1, idle1, steal1, irq1 = machine()
    server1 = sum(proc_ticks(p) for p in pids)

    total = (busy1 - busy0) + (idle1 - idle0) + (steal1 - steal0)
    total = total or 1
    server_s = (server1 - server0) / TICK
    wrk_s = (rusage1.ru_utime - rusage0.ru_utime) + (rusage1.ru_stime - rusage0.ru_stime)
    busy_s = (busy1 - busy0) / TICK
    irq_s = (irq1 - irq0) / TICK
    capacity_s = total / TICK
    with open(out_json, "w") as f:
        json.dump({
            "wall_s": round(wall, 2),
            "server_cpu_s": round(server_s, 2),
            "server": round(server_s / capacity_s, 3),
            "wrk": round(wrk_s / capacity_s, 3),
            # interrupts and softirqs (loopback TCP is mostly softirq): no process is charged for them
            "irq": round(irq_s / capacity_s, 3),
            "other": round(max(0.0, busy_s - irq_s - server_s - wrk_s) / capacity_s, 3),
            "idle": round((idle1 - idle0) / total, 3),
            "steal": round((steal1 - steal0) / total, 3),
            "loadavg_after": os.getloadavg()[0],
        }, f)
    sys.exit(rc)


if __name__ == "__main__":
    main()
