#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Account scale (DESIGN section 10): `sgassist-cli check DIR` on a generated region of GROUPS security
# groups (10-200 rules each) and ENIS network interfaces, as `sgassist-cli pull` leaves it, against
# `jq` and node merely filtering the same files for 0.0.0.0/0, and the 100,000-rule single group
# against the same yardsticks. Medians of RUNS whole-process runs: wall time, CPU time, peak RSS.
#
#   tests/bench/run-region-benchmark.sh SGASSIST_CLI GENERATOR [WORKDIR]
#   (or: cmake --build build --target bench-region)
#
# Environment: REGION_GROUPS (default 3000), REGION_ENIS (default 6000), RUNS (default 5), SEED (default 20260101).

set -euo pipefail

cli=${1:?usage: run-region-benchmark.sh SGASSIST_CLI GENERATOR [WORKDIR]}
generator=${2:?usage: run-region-benchmark.sh SGASSIST_CLI GENERATOR [WORKDIR]}
work=${3:-$(dirname "$cli")/../bench-data}
groups=${REGION_GROUPS:-3000}
enis=${REGION_ENIS:-6000}
runs=${RUNS:-5}
seed=${SEED:-20260101}
timer=/usr/bin/time

for tool in "$timer" jq node; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-region-benchmark: $tool is needed (apt-get install time jq nodejs)" >&2
        exit 2
    fi
done
region="$work/region-$groups-$enis-$seed"
single="$work/rules-100000-$seed.json"
mkdir -p "$region"
[[ -s $region/network-interfaces.json ]] || "$generator" --region "$region" "$groups" "$enis" "$seed"
[[ -s $single ]] || "$generator" 100000 "$seed" >"$single"
report=$(mktemp)
filter=$(mktemp --suffix=.mjs)
trap 'rm -f "$report" "$filter"' EXIT

# node: JSON.parse every file and count the 0.0.0.0/0 permissions (the "plain tool" a user scripts).
cat >"$filter" <<'JS'
import {readFileSync} from 'node:fs';
let n = 0;
for (const file of process.argv.slice(2)) {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    for (const p of doc?.Permissions?.Permission ?? [])
        if (p.SourceCidrIp === '0.0.0.0/0') n++;
}
console.log(n);
JS

source "$(dirname "$0")/measure.sh"

mb() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
row() { printf '| %s | %.2f | %.2f | %s |\n' "$1" "$2" "$4" "$(mb "$3")"; }

mapfile -t groupFiles < <(ls "$region"/sg-*.json)
bytes=$(cat "${groupFiles[@]}" "$region/network-interfaces.json" | wc -c)
rules=$(jq -s '[.[].Permissions.Permission | length] | add' "${groupFiles[@]}" 2>/dev/null || echo "?")

echo "# Account scale and stress: sgassist-cli check against jq and node"
echo
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB;" \
     "load average before: $(cut -d' ' -f1-3 /proc/loadavg); seed $seed; medians of $runs runs."
echo
# compare TITLE SUBJECT JQ-FILTER PATH...: a table of check, jq and node on the same files; sets
# `ratio` to check's wall time over jq's.
compare() {
    local title=$1 subject=$2 filter_expr=$3
    shift 3
    local s kb cpu check_s jq_s
    echo "$title"
    echo
    echo "| command | wall s | CPU s | peak MB |"
    echo "|---|---:|---:|---:|"
    read -r s kb cpu < <(measure "$runs" "$cli" check "$subject" --report json --fail-on never -o /dev/null)
    row "sgassist-cli check $(basename "$subject") (all analysis, JSON report)" "$s" "$kb" "$cpu"
    check_s=$s
    read -r s kb cpu < <(measure "$runs" jq -c "$filter_expr" "$@")
    row "jq filtering for 0.0.0.0/0" "$s" "$kb" "$cpu"
    jq_s=$s
    read -r s kb cpu < <(measure "$runs" node "$filter" "$@")
    row "node JSON.parse + filter" "$s" "$kb" "$cpu"
    echo
    ratio=$(awk -v a="$check_s" -v b="$jq_s" 'BEGIN {printf "%.2f", a / b}')
}

megabytes() { awk -v b="$1" 'BEGIN {printf "%.0f", b / 1048576}'; }
bar() { awk -v b="$1" 'BEGIN {printf "%.0f", 2 * b / 1048576 + 50}'; }

compare "Region: $groups groups ($rules rules), $enis network interfaces, $(megabytes "$bytes") MB; bar: faster than jq, peak at most $(bar "$bytes") MB (twice the input plus 50 MB)." \
    "$region" '.Permissions.Permission[]? | select(.SourceCidrIp == "0.0.0.0/0")' "${groupFiles[@]}"
region_ratio=$ratio
size=$(stat -c %s "$single")
compare "Stress: one group of 100,000 rules, $(megabytes "$size") MB; bar: faster than jq (aim: node), peak at most $(bar "$size") MB." \
    "$single" '.Permissions.Permission[] | select(.SourceCidrIp == "0.0.0.0/0")' "$single"
echo "region: check / jq = $region_ratio"
echo "100k: check / jq = $ratio"
