"""Times site-gen (and optionally Hugo) on generated corpora. Python standard library only.

Each tool runs once untimed, then --runs times; the median is printed. CPU use is user+sys
time of the child divided by wall time (2.0 = both cores busy all the time). Peak memory is
the child's maximum resident set size. Outputs go to --work (default: /dev/shm when it
exists, to keep a noisy disk out of the numbers)."""

import argparse, os, resource, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--site-gen", required=True)
ap.add_argument("--sizes", default="1000 5000")
ap.add_argument("--runs", type=int, default=5)
ap.add_argument("--hugo", action="store_true")
ap.add_argument("--work", default="/dev/shm/site-gen-bench" if os.path.isdir("/dev/shm") else "bench-work")
a = ap.parse_args()
os.makedirs(a.work, exist_ok=True)
site_gen = os.path.abspath(a.site_gen)


def corpus(layout, guides):
    root = os.path.join(a.work, "corpus-%s-%d" % (layout, guides))
    if not os.path.isdir(root):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--layout", layout,
                        "--out", root, "--guides", str(guides), "--force"], check=True,
                       stdout=subprocess.DEVNULL)
    return root


def run(argv, cwd, out):
    if os.path.isdir(out):
        shutil.rmtree(out)
    t0 = time.monotonic()
    p = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    err = p.stderr.read().decode(errors="replace")
    if status != 0:
        sys.exit("%s failed:\n%s" % (" ".join(argv), err[-2000:]))
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024


def bench(name, argv, cwd, out, pages):
    run(argv, cwd, out)  # warm-up
    walls, cpus, rss = [], [], []
    for _ in range(a.runs):
        w, c, m = run(argv, cwd, out)
        walls.append(w); cpus.append(c); rss.append(m)
    w = statistics.median(walls)
    print("%-10s %-7s %7d %9.3f %9.3f %9.3f %9.0f %8.2f %10.1f" % (
        name, label, pages, w, min(walls), max(walls), pages / w, statistics.median(cpus) / w,
        max(rss)), flush=True)
    return w


print("%-10s %-7s %7s %9s %9s %9s %9s %8s %10s" % ("tool", "corpus", "pages", "median_s",
      "min_s", "max_s", "pages/s", "cpu/wall", "peak_MB"))
medians = {}
for guides in map(int, a.sizes.split()):
    label = "%dx5" % guides
    pages = guides * 5
    root = corpus("plain", guides)
    medians[guides] = bench("site-gen", [site_gen, "build", "--root", root, "--out",
                            os.path.join(a.work, "out-site-gen")], root,
                            os.path.join(a.work, "out-site-gen"), pages)
    if a.hugo:
        hroot = corpus("hugo", guides)
        bench("hugo", ["hugo", "--quiet", "-s", hroot, "-d", os.path.join(a.work, "out-hugo")],
              hroot, os.path.join(a.work, "out-hugo"), pages)
sizes = sorted(medians)
if len(sizes) >= 2:
    lo, hi = sizes[0], sizes[-1]
    print("site-gen scaling %dx5 -> %dx5: %.2fx the time for %.1fx the pages" % (
        lo, hi, medians[hi] / medians[lo], hi / lo))
