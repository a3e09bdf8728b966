// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The command list of sgassist-cli: every command's name, synopsis, description, exit codes and
// report kinds, in the order the usage lists them. Each command's --help is made of its record,
// the overall usage lists the synopses, and the man page and the shell completions are generated
// from that help; the command classes hold only their options and their work.

#include "commands.h"

namespace sg::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeCatalogueCommand({
        .name = QStringLiteral("catalogue"),
        .synopsis = QStringLiteral("catalogue [--report text|json]"),
        .description = QStringLiteral("List the services SG Assist knows, with their ports, scopes and recommendations."),
        .exitCodes = Usage::plainExitCodes(),
        .reportKinds = {QStringLiteral("text"), QStringLiteral("json")},
    }));
    commands.push_back(makeBuildCommand({
        .name = QStringLiteral("build"),
        .synopsis = QStringLiteral("build PLAN.json [--to FORMAT] [-o FILE]"),
        .description = QStringLiteral("Build the rules a setup plan needs and write them in a format."),
        .exitCodes = Usage::plainExitCodes(),
    }));
    commands.push_back(makeCheckCommand({
        .name = QStringLiteral("check"),
        .synopsis = QStringLiteral("check PATHS... [--from FORMAT] [--report text|json|sarif] [--fail-on critical|high|medium|low|info|never] [--baseline FILE] [-o FILE]"),
        .description = QStringLiteral("Analyse rule files: exposure of every rule under Alibaba's evaluation order, shadowed, redundant\n"
                                      "and duplicate rules within each group, priority ties, limits and the source document's practices.\n"
                                      "PATHS are files, folders (every rule file in them) or '-' for standard input; a file may hold\n"
                                      "several groups. With network interface files (DescribeNetworkInterfaces, DescribeInstances),\n"
                                      "every exposure says on which interfaces it is effective once their other groups are merged in.\n"
                                      "--baseline FILE names accepted risks: {\"exemptions\": [{\"check\", \"group\", \"ruleId\" | \"resource\" |\n"
                                      "\"port\", \"reason\", \"expires\": \"YYYY-MM-DD\"}]}. A finding an exemption matches stays in the report,\n"
                                      "marked suppressed with the reason, and does not count for --fail-on; after its date an exemption\n"
                                      "no longer applies and an expired-exemption finding names it. SGASSIST_TODAY=YYYY-MM-DD sets the\n"
                                      "date exemptions are judged on (for tests and reproducible runs)."),
        .exitCodes = QStringLiteral("Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad input or\n"
                                    "usage, 3 I/O error."),
        .reportKinds = {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")},
    }));
    commands.push_back(makeExplainCommand({
        .name = QStringLiteral("explain"),
        .synopsis = QStringLiteral("explain PATHS... [--eni ID | --instance ID | --group ID] --source ADDR|sg-ID --protocol tcp|udp|icmp|gre|all [--port N] [--direction ingress|egress] [--report text|json]"),
        .description = QStringLiteral("Answer \"can this source reach this port?\" as Alibaba Cloud decides it, and name the rule that\n"
                                      "decides. With several groups, name where to ask: a network interface (all its groups are\n"
                                      "evaluated together, as Alibaba does), an instance (its primary interface) or one group."),
        .exitCodes = QStringLiteral("Exit codes: 0 allowed, 1 denied, 2 bad input or usage, 3 I/O error."),
        .reportKinds = {QStringLiteral("text"), QStringLiteral("json")},
    }));
    commands.push_back(makeConvertCommand({
        .name = QStringLiteral("convert"),
        .synopsis = QStringLiteral("convert PATHS... [--from FORMAT] --to FORMAT [-o FILE|DIR/]"),
        .description = QStringLiteral("Read rule files and write them in another format. A format of one group per file (all but\n"
                                      "project) gets one file per group when the input holds several: -o must then be a folder, and\n"
                                      "the names written are printed. Formats with at most 200 rules a file write FILE-1.ext,\n"
                                      "FILE-2.ext, ... and print their names."),
        .exitCodes = Usage::plainExitCodes(),
    }));
    commands.push_back(makeDiffCommand({
        .name = QStringLiteral("diff"),
        .synopsis = QStringLiteral("diff OLD NEW [--from FORMAT] [--report text|json]"),
        .description = QStringLiteral("Compare rule files before applying the new ones: rules added, removed and changed, and the\n"
                                      "findings the change introduces and resolves. OLD and NEW are files or folders; groups are\n"
                                      "paired by id (or name in the source). Exits 0 whether or not they differ."),
        .exitCodes = Usage::plainExitCodes(),
        .reportKinds = {QStringLiteral("text"), QStringLiteral("json")},
    }));
    commands.push_back(makeFixCommand({
        .name = QStringLiteral("fix"),
        .synopsis = QStringLiteral("fix PATHS... [--from FORMAT] [--fail-on critical|high|medium|low|info] [--replace-with CIDR ...] "
                                   "[--keep ADDR ...] [--to FORMAT] [-o FILE|DIR/]"),
        .description = QStringLiteral("Narrow or remove every rule with a finding at or above --fail-on (default high): each such rule\n"
                                      "keeps only the --replace-with sources and the --keep addresses of its address family (one rule\n"
                                      "each, in its place, the first keeping its id), or is removed when neither is given. Every other\n"
                                      "rule is written exactly as it was (ids, priorities, descriptions, order). Lockout safety: each\n"
                                      "--keep address must reach SSH (TCP 22) and RDP (TCP 3389) afterwards wherever it did before,\n"
                                      "on every network interface carrying the group (or the group alone); a change that would cut\n"
                                      "it is not made and is named. The fixed rules go to standard output or -o in --to FORMAT\n"
                                      "(default: the input's format); the changes, the lockout proof and the change as `diff` shows\n"
                                      "it go to standard error. Several groups are written as `convert` writes them."),
        .exitCodes = QStringLiteral("Exit codes: 0 nothing at or above --fail-on remains, 1 something does (a change refused for\n"
                                    "lockout safety, or a finding no narrowing fixes), 2 bad input or usage, 3 I/O error."),
    }));
    commands.push_back(makePullCommand({
        .name = QStringLiteral("pull"),
        .synopsis = QStringLiteral("pull [--profile NAME] [--region ID] [--group sg-ID ...] [--endpoint URL] -o DIR"),
        .description = QStringLiteral("Read security groups and network interfaces from Alibaba Cloud into a folder that opens as a\n"
                                      "workspace: DIR/<group-id>.json (DescribeSecurityGroupAttribute, every rule with its id) and\n"
                                      "DIR/network-interfaces.json (DescribeNetworkInterfaces). Only Describe actions are called.\n"
                                      "Nothing is written unless everything was read."),
        .exitCodes = QStringLiteral("Exit codes: 0 success, 2 bad usage or credentials, 3 API or network error (the API's code on stderr)."),
    }));
    commands.push_back(makeApplyCommand({
        .name = QStringLiteral("apply"),
        .synopsis = QStringLiteral("apply FILE [--group sg-ID] [--profile NAME] [--region ID] [--endpoint URL] [--yes]"),
        .description = QStringLiteral("Make a live security group equal to FILE: read the group, print the plan (revoke by rule id,\n"
                                      "authorize, modify), and only with --yes apply it, read the group again and verify it equals\n"
                                      "FILE. Before changing anything the live group is saved as <group-id>.before-<timestamp>.json\n"
                                      "next to FILE; applying that file undoes the change. A file of several groups needs --group.\n"
                                      "Region: --region, else the profile's region_id, else the file's RegionId."),
        .exitCodes = QStringLiteral("Exit codes: 0 applied and verified (or plan shown), 1 applied but different, 2 bad input,\n"
                                    "3 API or network error."),
    }));
    commands.push_back(makeProbeCommand({
        .name = QStringLiteral("probe"),
        .synopsis = QStringLiteral("probe HOST [--services ID,...] [--port N/tcp ...] [--timeout MS] [--report text|json]"),
        .description = QStringLiteral("Try a TCP connection to each port of the chosen services on HOST, like 'nc -zv HOST PORT' for "
                                      "all of them at once.\nUDP ports are listed as not testable."),
        .exitCodes = QStringLiteral("Exit codes: 0 every tested port open, 1 any refused, timed out or failed, 2 bad usage."),
        .reportKinds = {QStringLiteral("text"), QStringLiteral("json")},
    }));
    commands.push_back(makeChecksCommand({
        .name = QStringLiteral("checks"),
        .synopsis = QStringLiteral("checks [--report text|json]"),
        .description = QStringLiteral("List the checks that 'check' runs: each check's stable id (as reports, SARIF and baselines\n"
                                      "name it), its default severity and its title. Exposure checks scale the severity with how\n"
                                      "wide the source is."),
        .exitCodes = Usage::plainExitCodes(),
        .reportKinds = {QStringLiteral("text"), QStringLiteral("json")},
        .reportHelp = QStringLiteral("Output: text (default) or json (with category, description and recommendation)."),
    }));
    return commands;
}

} // namespace sg::cli
