// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The stable ids of the analyzer's checks, in one place so that code and tests cannot drift apart.
namespace sg::CheckIds {

// Ingress accepts from public sources; the severity scales with the source (severitytable.h).
inline constexpr char ExposedAllProtocols[] = "exposed-all-protocols";
inline constexpr char ExposedAllPorts[] = "exposed-all-ports";
inline constexpr char ExposedDocker[] = "exposed-docker";
inline constexpr char ExposedSsh[] = "exposed-ssh";
inline constexpr char ExposedRdp[] = "exposed-rdp";
inline constexpr char ExposedVsCode[] = "exposed-vscode";
inline constexpr char ExposedJupyter[] = "exposed-jupyter";
inline constexpr char ExposedScheduler[] = "exposed-scheduler";
inline constexpr char ExposedNfs[] = "exposed-nfs";
inline constexpr char ExposedMonitoring[] = "exposed-monitoring";
inline constexpr char ExposedDatabase[] = "exposed-database";
inline constexpr char ExposedLegacyService[] = "exposed-legacy-service";
inline constexpr char ExposedVnc[] = "exposed-vnc";
inline constexpr char ExposedWebDevPort[] = "exposed-web-dev-port";
inline constexpr char ExposedInfrastructurePort[] = "exposed-infrastructure-port";
inline constexpr char ExposedPortal[] = "exposed-portal";
inline constexpr char ExposedUnlistedPort[] = "exposed-unlisted-port";
inline constexpr char ExposedOtherProtocol[] = "exposed-other-protocol";
inline constexpr char ExposedWebPort[] = "exposed-web-port";
inline constexpr char ExposedIcmp[] = "exposed-icmp";
// Egress
inline constexpr char EgressAllOpen[] = "egress-all-open";
// The source document's practices
inline constexpr char SchedulerCidrSource[] = "scheduler-cidr-source";
inline constexpr char MonitoringBroadSource[] = "monitoring-broad-source";
inline constexpr char RemoteAccessReview[] = "remote-access-review";
inline constexpr char WiderThanService[] = "wider-than-service";
inline constexpr char PortRange[] = "port-range";
inline constexpr char MissingDescription[] = "missing-description";
// Rule-set analysis
inline constexpr char DuplicateRule[] = "duplicate-rule";
inline constexpr char ShadowedRule[] = "shadowed-rule";
inline constexpr char ShadowedDrop[] = "shadowed-drop";
inline constexpr char RedundantRule[] = "redundant-rule";
inline constexpr char PriorityConflict[] = "priority-conflict";
// Limits and group type
inline constexpr char ManyRules[] = "many-rules";
inline constexpr char ApiCallLimit[] = "api-call-limit";
inline constexpr char RulesPerGroupLimit[] = "rules-per-group-limit";
inline constexpr char NicRuleLimit[] = "nic-rule-limit";
inline constexpr char GroupReferenceLimit[] = "group-reference-limit";
inline constexpr char EnterpriseGroupReference[] = "enterprise-group-reference";
inline constexpr char BasicGroup[] = "basic-group";
inline constexpr char AnalysisLimited[] = "analysis-limited";
// Several groups (a workspace)
inline constexpr char UnknownGroupReference[] = "unknown-group-reference";
inline constexpr char UnattachedGroup[] = "unattached-group";
inline constexpr char UnusedGroup[] = "unused-group";
// Baselines (check --baseline)
inline constexpr char ExpiredExemption[] = "expired-exemption";
// A value the file leaves open (an unset Terraform variable or ROS parameter, a data source)
inline constexpr char UnresolvedValue[] = "unresolved-value";

} // namespace sg::CheckIds
