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

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# measure COMMAND...: "median-wall-s median-peak-KB median-cpu-s" over RUNS runs.
measure() {
    local times=() peaks=() cpus=()
    for ((i = 0; i < runs; i++)); do
        $timer -o "$report" -f '%e %M %x %U %S' "$@" >/dev/null 2>&1 || true
        read -r wall peak status user system < <(tail -n 1 "$report")
        if [[ $status -gt 2 ]]; then
            echo "run-region-benchmark: '$*' failed (exit $status)" >&2
            exit 1
        fi
        times+=("$wall")
        peaks+=("$peak")
        cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN {print u + s}')")
    done
    echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${peaks[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median)"
}

mb() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
row() { printf '| %s | %.2f | %.2f | %s |\n' "$1" "$2" "$4" "$(mb "$3")"; }

mapfile -t groupFiles < <(ls "$region"/sg-*.json)
bytes=$(cat "${groupFiles[@]}" "$region/network-interfaces.json" | wc -c)
rules=$(jq '[.Permissions.Permission | length] | add' -s "${groupFiles[@]}" 2>/dev/null || echo "?")

echo "# Account scale and stress: sgassist-cli check against jq and node"
echo
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB;" \
     "load average before: $(cut -d' ' -f1-3 /proc/loadavg); seed $seed; medians of $runs runs."
echo
echo "Region: $groups groups ($rules rules), $enis network interfaces, $(awk -v b="$bytes" 'BEGIN {printf "%.0f", b / 1048576}') MB;" \
     "bar: faster than jq, peak at most $(awk -v b="$bytes" 'BEGIN {printf "%.0f", 2 * b / 1048576 + 50}') MB (twice the input plus 50 MB)."
echo
echo "| command | wall s | CPU s | peak MB |"
echo "|---|---:|---:|---:|"
read -r s kb cpu < <(measure "$cli" check "$region" --report json --fail-on never -o /dev/null)
row "sgassist-cli check DIR (all analysis, JSON report)" "$s" "$kb" "$cpu"
region_check=$s
read -r s kb cpu < <(measure jq -c '.Permissions.Permission[]? | select(.SourceCidrIp == "0.0.0.0/0")' "${groupFiles[@]}")
row "jq filtering the group files for 0.0.0.0/0" "$s" "$kb" "$cpu"
region_jq=$s
read -r s kb cpu < <(measure node "$filter" "${groupFiles[@]}")
row "node JSON.parse + filter" "$s" "$kb" "$cpu"
echo
echo "Stress: one group of 100,000 rules, $(awk -v b="$(stat -c %s "$single")" 'BEGIN {printf "%.0f", b / 1048576}') MB;" \
     "bar: faster than jq (aim: node), peak at most $(awk -v b="$(stat -c %s "$single")" 'BEGIN {printf "%.0f", 2 * b / 1048576 + 50}') MB."
echo
echo "| command | wall s | CPU s | peak MB |"
echo "|---|---:|---:|---:|"
read -r s kb cpu < <(measure "$cli" check "$single" --report json --fail-on never -o /dev/null)
row "sgassist-cli check FILE (all analysis, JSON report)" "$s" "$kb" "$cpu"
single_check=$s
read -r s kb cpu < <(measure jq -c '.Permissions.Permission[] | select(.SourceCidrIp == "0.0.0.0/0")' "$single")
row "jq filtering for 0.0.0.0/0" "$s" "$kb" "$cpu"
single_jq=$s
read -r s kb cpu < <(measure node "$filter" "$single")
row "node JSON.parse + filter" "$s" "$kb" "$cpu"
echo
awk -v a="$region_check" -v b="$region_jq" 'BEGIN {printf "region: check / jq = %.2f\n", a / b}'
awk -v a="$single_check" -v b="$single_jq" 'BEGIN {printf "100k: check / jq = %.2f\n", a / b}'
