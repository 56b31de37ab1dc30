#!/usr/bin/env bash
# The build benchmark: generates the multilingual rights-guide corpus (N guides x 5 languages),
# builds it with site-gen (release), and prints wall time, pages per second, CPU use and peak
# memory; with --hugo, builds the same corpus with Hugo in the same run (Debian: apt-get
# install hugo). See BENCHMARKS.md for results and how to read them.
#
#   bench/run.sh [--sizes "1000 5000"] [--runs 5] [--hugo] [--work DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p site-gen
exec python3 bench/bench.py --site-gen target/release/site-gen "$@"
