#!/usr/bin/env bash
# scripts/compare-fzf.sh N [SEED]
# The same queries through `fzf --filter` and through accords' index, over
# the same N generated records (fzf gets one line per record: titles and
# summaries in both languages). Prints both median times and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: scripts/compare-fzf.sh N [SEED]}
seed=${2:-7}
command -v fzf >/dev/null || { echo "compare-fzf: fzf is missing (apt-get install -y fzf)" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo build --release -q -p accords-synth
cargo build --release -q --example perf
target/release/accords-synth --records "$n" --seed "$seed" > "$dir/data.ron"
target/release/examples/perf lines "$dir/data.ron" > "$dir/lines.txt"
ours=$(target/release/examples/perf query "$dir/data.ron")
printf '%-26s %12s %12s %10s %8s\n' query "fzf ms" "accords ms" ratio hits
for q in "cyber" "défense ind" "protection info classif" "gsoia"; do
    times=()
    for _ in 1 2 3; do
        s=$(date +%s%N)
        hits_fzf=$(fzf --filter "$q" < "$dir/lines.txt" | wc -l)
        e=$(date +%s%N)
        times+=($(( (e - s) / 1000 )))
    done
    fzf_us=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
    acc_ms=$(printf '%s\n' "$ours" | grep -F "query[$q]_median_ms" | awk '{print $NF}')
    hits=$(printf '%s\n' "$ours" | grep -F "query[$q]_hits" | awk '{print $NF}')
    awk -v q="$q" -v f="$fzf_us" -v a="$acc_ms" -v h="$hits" -v hf="$hits_fzf" 'BEGIN {
        fm = f / 1000; r = (a > 0) ? fm / a : 0;
        printf "%-26s %12.1f %12.3f %9.0fx %8s (fzf %s)\n", q, fm, a, r, h, hf }'
done
