#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The bash completion of sgassist-cli, called as bash calls it: COMP_WORDS and COMP_CWORD in,
# COMPREPLY out. Runs every case without and (when installed) with the bash-completion package.
#   completion-bash.sh COMPLETION SGASSIST_CLI PACKAGING_SOURCE_DIR CMAKE
# The last three write a second completion from a sgassist-cli whose `check` takes check ids, to show
# the ids `sgassist-cli checks` prints reach an option that names checks.
set -uo pipefail

completion=$1
cli=$2
packaging=$3
cmake=$4
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Completes the last of the words given; prints the candidates sorted, on one line.
complete_words()
{
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _sgassist_cli
    ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}" | sort | paste -sd ' '
}

fail()
{
    echo "FAIL ($mode): $*"
    failures=$((failures + 1))
}

# expect "CANDIDATES" WORD...: exactly these candidates.
expect()
{
    local expected=$1
    shift
    local actual
    actual=$(complete_words "$@")
    [[ $actual == "$expected" ]] || fail "sgassist-cli ${*:2}|: got '$actual', expected '$expected'"
}

# expect_some "CANDIDATES" "NOT" WORD...: at least these, and none of NOT.
expect_some()
{
    local wanted=$1 unwanted=$2
    shift 2
    local actual word
    actual=" $(complete_words "$@") "
    for word in $wanted; do
        [[ $actual == *" $word "* ]] || fail "sgassist-cli ${*:2}|: '$word' missing from '$actual'"
    done
    for word in $unwanted; do
        [[ $actual != *" $word "* ]] || fail "sgassist-cli ${*:2}|: '$word' should not be in '$actual'"
    done
}

run_cases()
{
    [[ $(complete -p sgassist-cli) == "complete -F _sgassist_cli sgassist-cli" ]] ||
        fail "complete -p sgassist-cli: $(complete -p sgassist-cli 2>&1)"

    # Commands and the options before them.
    expect_some "apply build catalogue check checks convert diff explain fix probe pull" "" sgassist-cli ''
    expect "check checks" sgassist-cli ch
    expect "--help --version" sgassist-cli --
    expect "" sgassist-cli frobnicate --

    # Options per command.
    expect_some "--fail-on --from --help --output --report -o" "--to --source" sgassist-cli check -
    expect_some "--from --to --output" "--fail-on" sgassist-cli convert x.json --
    expect_some "--services --port --upstream --timeout --report" "--from" sgassist-cli probe --

    # Formats: what each option accepts, read or written.
    expect_some "api-json console-csv console-json network-interfaces project ros terraform-hcl terraform-json" "aliyun-cli terraform sdk-requests" \
        sgassist-cli check --from ''
    expect_some "aliyun-cli api-json sdk-requests terraform" "terraform-json" sgassist-cli convert x.json --to ''
    expect "terraform-hcl terraform-json" sgassist-cli diff a b --from terra
    # --from=VALUE, split at "=" (bash's default COMP_WORDBREAKS) or not.
    expect "api-json" sgassist-cli check --from = api
    expect "api-json console-csv console-json network-interfaces project ros terraform-hcl terraform-json" sgassist-cli check --from =
    expect "--from=api-json" sgassist-cli check --from=api

    # Report kinds, levels and the other fixed lists.
    expect "json sarif text" sgassist-cli check --report ''
    expect "json text" sgassist-cli checks --report ''
    expect "critical high info low medium never" sgassist-cli check --fail-on ''
    expect "all gre icmp icmpv6 tcp udp" sgassist-cli explain x.json --protocol ''
    expect "egress ingress" sgassist-cli explain x.json --direction ''
    expect "" sgassist-cli explain x.json --port ''

    # Catalogue services, as a comma-separated list.
    expect_some "docker nfs slurm ssh" "" sgassist-cli probe --services ''
    expect "ssh,nfs" sgassist-cli probe --services ssh,n

    # Files and folders for paths, host names for probe, nothing for commands without arguments.
    cd "$work/files" || exit 1
    expect "rules.json" sgassist-cli check r
    expect "plan-one.json plan-two.json" sgassist-cli build pl
    expect_some "folder plan-one.json plan-two.json rules.json" "" sgassist-cli diff rules.json ''
    expect "with space.json" sgassist-cli check wi
    expect "rules.json" sgassist-cli check --from api-json r
    expect "rules.json" sgassist-cli check -o r
    expect "--output=rules.json" sgassist-cli convert x.json --output=r
    cd - >/dev/null || exit 1
    expect "bastion.example" sgassist-cli probe bas
    expect "bastion.example" sgassist-cli probe --upstream bas
    expect "" sgassist-cli catalogue ''
}

# Fixtures: files to complete, a host name to find.
mkdir -p "$work/files/folder"
touch "$work/files/rules.json" "$work/files/plan-one.json" "$work/files/plan-two.json" "$work/files/with space.json"
printf '192.0.2.10 bastion.example\n' >"$work/hosts"
HOSTFILE=$work/hosts

# shellcheck source=/dev/null
source "$completion" || exit 1
mode="plain bash"
run_cases

if [[ -r /usr/share/bash-completion/bash_completion ]]; then
    # shellcheck source=/dev/null
    source /usr/share/bash-completion/bash_completion
    # shellcheck source=/dev/null
    source "$completion"
    mode="with bash-completion"
    run_cases
fi

# Check ids: no command takes them on the command line yet; a sgassist-cli whose `check` has
# "--ignore <check,...>" shows the completion offers what `sgassist-cli checks` lists for it.
mode="check ids"
mkdir -p "$work/stub"
cat >"$work/stub/sgassist-cli" <<EOF
#!/usr/bin/env bash
if [[ "\$*" == "check --help" ]]; then
    "$cli" check --help | sed 's/^Options:\$/Options:\n  --ignore <check,...>        Checks to leave out, comma-separated./'
else
    exec "$cli" "\$@"
fi
EOF
chmod +x "$work/stub/sgassist-cli"
"$cmake" -DPROGRAM="$work/stub/sgassist-cli" \
    -DBASH_TEMPLATE="$packaging/completion/sgassist-cli.bash.in" -DBASH_OUTPUT="$work/stub/bash" \
    -DZSH_TEMPLATE="$packaging/completion/_sgassist-cli.in" -DZSH_OUTPUT="$work/stub/zsh" \
    -P "$packaging/completions.cmake" || exit 1
# shellcheck source=/dev/null
source "$work/stub/bash"
expect_some "exposed-ssh exposed-rdp exposed-all-ports" "" sgassist-cli check --ignore ''
expect "exposed-ssh" sgassist-cli check --ignore exposed-ss
expect "exposed-ssh,exposed-rdp" sgassist-cli check --ignore exposed-ssh,exposed-rd
count=$("$cli" checks | wc -l)
[[ $(complete_words sgassist-cli check --ignore '' | wc -w) -eq $count ]] ||
    fail "check --ignore: not the $count checks of 'sgassist-cli checks'"

if ((failures)); then
    echo "$failures failed"
    exit 1
fi
echo "all cases passed"
