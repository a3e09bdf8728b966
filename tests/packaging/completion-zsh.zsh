#!/usr/bin/env zsh
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The zsh completion of sgassist-cli, as a user meets it: an interactive zsh in a pseudo-terminal
# loads it through compinit from its folder, a line is typed and Tab pressed; a compadd wrapper
# prints each candidate the completion offers.
#   completion-zsh.zsh COMPLETION_FOLDER

zmodload zsh/zpty || exit 1
folder=${1:A}
work=$(mktemp -d)
trap 'rm -rf $work' EXIT
mkdir -p $work/files/folder
touch $work/files/rules.json $work/files/plan-one.json
integer failures=0

zpty shell zsh -f -i
# Keys typed before the line editor is ready may be dropped: every line waits for the prompt.
zpty -w shell "PS1='<ready>' RPROMPT=''; cd $work/files; zstyle ':completion:*' hosts bastion.example"
zpty -w shell "fpath=($folder \$fpath); autoload -Uz compinit; compinit -u -D; zstyle ':completion:*' menu no; LISTMAX=100000"
# The wrapper prints what is offered; calls that only collect matches (-O, -A, -D) are zsh's own
# bookkeeping and pass through.
zpty -w shell 'compadd() {
    local -a hits
    if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
    builtin compadd -A hits "$@"
    local hit; for hit in $hits; do print -r -- "<${:-c}andidate>$IPREFIX$hit"; done
    builtin compadd "$@"
}'
zpty -w shell 'print -r -- ${:-SET}UP'
zpty -r -m shell output '*SETUP*<ready>*'

integer line_number=0
# Types the line, presses Tab and prints the candidates sorted, on one line.
complete_line() {
    (( line_number++ ))
    zpty -w -n shell "$1"$'\t\C-u'
    zpty -w shell "print -r -- \${:-DONE}$line_number"
    zpty -r -m shell output "*DONE$line_number*<ready>*"
    print -r -- $output | grep -ao '<candidate>[^[:cntrl:]]*' | sed 's/<candidate>//' | sort -u | paste -sd ' '
}

# expect LINE "CANDIDATES": exactly these.
expect() {
    local actual=$(complete_line $1)
    [[ $actual == $2 ]] || { print -r -- "FAIL: '$1': got '$actual', expected '$2'"; (( failures++ )) }
}

# expect_some LINE "CANDIDATES" "NOT": at least these, and none of NOT.
expect_some() {
    local actual=" $(complete_line $1) " word
    for word in ${=2}; do
        [[ $actual == *" $word "* ]] || { print -r -- "FAIL: '$1': '$word' missing from '$actual'"; (( failures++ )) }
    done
    for word in ${=3}; do
        [[ $actual != *" $word "* ]] || { print -r -- "FAIL: '$1': '$word' should not be in '$actual'"; (( failures++ )) }
    done
}

expect 'sgassist-cli ' 'apply build catalogue check checks convert diff explain fix probe pull'
expect 'sgassist-cli ch' 'check checks'
expect_some 'sgassist-cli --' '--help --version'
expect_some 'sgassist-cli check --' '--fail-on --from --help --output --report' '--to --source'
expect_some 'sgassist-cli check --from ' 'api-json console-csv terraform-json' 'aliyun-cli terraform'
expect_some 'sgassist-cli convert x.json --to ' 'aliyun-cli sdk-requests terraform' 'terraform-json'
expect 'sgassist-cli check --from=api' '--from=api-json'
expect 'sgassist-cli check --report ' 'json sarif text'
expect 'sgassist-cli check --fail-on ' 'critical high info low medium never'
expect 'sgassist-cli explain x.json --protocol ' 'all gre icmp icmpv6 tcp udp'
expect 'sgassist-cli explain x.json --direction ' 'egress ingress'
expect_some 'sgassist-cli probe --services ' 'docker nfs slurm ssh'
expect 'sgassist-cli probe --services ssh,n' 'ssh,nfs'
expect 'sgassist-cli check r' 'rules.json'
expect 'sgassist-cli check -o pl' 'plan-one.json'
expect 'sgassist-cli diff rules.json fo' 'folder'
expect 'sgassist-cli probe bas' 'bastion.example'

zpty -d shell
if (( failures )); then
    print -r -- "$failures failed"
    exit 1
fi
print -r -- "all cases passed"
