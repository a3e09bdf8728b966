# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by the benchmark scripts (sourced, not run): whole-process measurements with GNU time.
# The caller sets `timer` (GNU time) and `report` (a scratch file).

# median of the numbers on standard input
median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# measure RUNS COMMAND...: prints "median-wall-seconds median-peak-KB median-cpu-seconds" (CPU =
# user + system, all threads: less sensitive than wall time to other work on the machine). The
# command's own exit status is ignored (check exits 1 on findings), but it must not be killed.
measure() {
    local n=$1
    shift
    local times=() peaks=() cpus=() wall peak status user system
    for ((i = 0; i < n; i++)); do
        "$timer" -o "$report" -f '%e %M %x %U %S' "$@" >/dev/null 2>&1 || true
        read -r wall peak status user system < <(tail -n 1 "$report")
        if [[ $status -gt 2 ]]; then
            echo "$(basename "$0"): '$*' failed (exit $status)" >&2
            exit 1
        fi
        times+=("$wall")
        peaks+=("$peak")
        cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN {print u + s}')")
    done
    echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${peaks[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median)"
}
