// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinfo.h"
#include "checkids.h"

#include <QCoreApplication>

#include <array>

namespace sg {
namespace {

struct Entry
{
    const char *id;
    Severity severity;
    const char *category;
    const char *title;
    const char *description;
    const char *recommendation;
};

// The texts are translated when checkCatalogue() is called, so the table itself stays constexpr.
// Exposure severities are for a source on the internet; see severitytable.cpp for the rest.
constexpr std::array entries{
    Entry{CheckIds::ExposedAllProtocols, Severity::Critical, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "All protocols open to a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "An accept rule for protocol ALL (every protocol and port) whose source is public: everything the instance listens on is reachable."),
          QT_TRANSLATE_NOOP("sg::Checks", "Replace the rule by one rule per service that is needed, each restricted to the sources that use it.")},
    Entry{CheckIds::ExposedAllPorts, Severity::Critical, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "All ports open to a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "A TCP or UDP accept rule for every port (1/65535, or no port range at all) whose source is public."),
          QT_TRANSLATE_NOOP("sg::Checks", "Open only the ports your services need (least privilege), each to the sources that use it.")},
    Entry{CheckIds::ExposedDocker, Severity::Critical, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "Docker daemon API reachable from outside"),
          QT_TRANSLATE_NOOP("sg::Checks", "Docker 2375 (unencrypted) or 2376 (TLS) is reachable from a public source; whoever reaches it controls the host."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict to internal access only.")},
    Entry{CheckIds::ExposedSsh, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "SSH reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "TCP 22 (SSH, also Git over SSH) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict source to specific IP addresses or CIDR blocks.")},
    Entry{CheckIds::ExposedRdp, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "RDP reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "3389 (Windows Remote Desktop) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict to users who need remote access; review permissions regularly.")},
    Entry{CheckIds::ExposedVsCode, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "VS Code Server reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "TCP 3000 (VS Code Server, also many web development servers) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict to internal access or trusted external networks.")},
    Entry{CheckIds::ExposedJupyter, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "Jupyter reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "TCP 8888 (Jupyter Notebook, which runs code on the instance) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict to specific IP addresses or CIDR blocks.")},
    Entry{CheckIds::ExposedScheduler, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "HPC scheduler reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "Slurm (TCP 6817-6819) or PBS (TCP 15001-15004, 15007, 17001) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict to cluster nodes only, preferably with a security group reference.")},
    Entry{CheckIds::ExposedNfs, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "NFS reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "An NFS port (111, 2049, 20048, 32765-32768) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict source to internal networks or trusted external networks.")},
    Entry{CheckIds::ExposedMonitoring, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "Monitoring reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "Prometheus (TCP 9090) or Fluentd (24224) is open to a public source; they expose internal data."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict to monitoring servers only.")},
    Entry{CheckIds::ExposedDatabase, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "Database, cache or queue reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "A database, cache, search or message-queue port (SQL Server, Oracle, MySQL, PostgreSQL, Redis, MongoDB, Memcached, Kafka, Elasticsearch, Kibana, Cassandra) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Keep data services on private networks; reach them through the application or a bastion host.")},
    Entry{CheckIds::ExposedLegacyService, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "Clear-text or Windows service reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "FTP (20-21), Telnet (23), SMTP (25), POP3 (110), IMAP (143), MSRPC (135), NetBIOS (137-139) or SMB (445) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Close these ports to the internet; use encrypted protocols over a VPN or from specific addresses.")},
    Entry{CheckIds::ExposedVnc, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "VNC reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "VNC (TCP 5500, 5900) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict remote desktop ports to specific addresses and review who has access regularly.")},
    Entry{CheckIds::ExposedWebDevPort, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "Development web server reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "TCP 5000, 8080 or 8088 (development servers, Hadoop YARN) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Serve public web traffic on 80/443 through a hardened server; restrict development ports to specific addresses.")},
    Entry{CheckIds::ExposedInfrastructurePort, Severity::High, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "Infrastructure service reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "Salt (TCP 4505-4506), Hadoop (TCP 8020, 50070) or DNS (53) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict management and infrastructure ports to the hosts that need them.")},
    Entry{CheckIds::ExposedPortal, Severity::Medium, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "Web portal reachable from a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "The E-HPC web portal (TCP 12011) is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Confirm that the cluster's security group allows inbound access on this port.")},
    Entry{CheckIds::ExposedUnlistedPort, Severity::Medium, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "Other port open to a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "A TCP or UDP port that no known service needs is open to a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Apply least privilege: open only the ports required for your workload, to the sources that need them.")},
    Entry{CheckIds::ExposedOtherProtocol, Severity::Medium, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "GRE open to a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "GRE (tunnels) is accepted from a public source."),
          QT_TRANSLATE_NOOP("sg::Checks", "Accept tunnel traffic only from the tunnel's peer addresses.")},
    Entry{CheckIds::ExposedWebPort, Severity::Info, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "Web port open to a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "TCP 80 or 443 is open to a public source; usual for a public web server."),
          QT_TRANSLATE_NOOP("sg::Checks", "Make sure a web server that is meant to be public listens there.")},
    Entry{CheckIds::ExposedIcmp, Severity::Info, "exposure",
          QT_TRANSLATE_NOOP("sg::Checks", "ICMP open to a public source"),
          QT_TRANSLATE_NOOP("sg::Checks", "ICMP (ping) is accepted from a public source; it tells scanners the instance exists."),
          QT_TRANSLATE_NOOP("sg::Checks", "Accept ICMP only from the networks that monitor or troubleshoot the instance.")},
    Entry{CheckIds::EgressAllOpen, Severity::Low, "egress",
          QT_TRANSLATE_NOOP("sg::Checks", "All outbound traffic to the internet"),
          QT_TRANSLATE_NOOP("sg::Checks", "An egress accept rule for every protocol or every port to the internet: compromised software can reach anywhere."),
          QT_TRANSLATE_NOOP("sg::Checks", "Where the cluster allows it, accept outbound traffic only to the services it needs (repositories, license servers, object storage).")},
    Entry{CheckIds::SchedulerCidrSource, Severity::Low, "practice",
          QT_TRANSLATE_NOOP("sg::Checks", "Scheduler ports opened to an address range"),
          QT_TRANSLATE_NOOP("sg::Checks", "Slurm or PBS ports accept an address block rather than the cluster's security group."),
          QT_TRANSLATE_NOOP("sg::Checks", "Use a security group reference rather than a CIDR block: traffic from another security group is more precise than an IP range.")},
    Entry{CheckIds::MonitoringBroadSource, Severity::Low, "practice",
          QT_TRANSLATE_NOOP("sg::Checks", "Monitoring ports opened to a broad range"),
          QT_TRANSLATE_NOOP("sg::Checks", "Prometheus or Fluentd accepts an address block wider than /28 (IPv6 /124) instead of the monitoring servers."),
          QT_TRANSLATE_NOOP("sg::Checks", "Restrict Prometheus (9090) and Fluentd (24224) to your monitoring server's IP or security group.")},
    Entry{CheckIds::RemoteAccessReview, Severity::Info, "practice",
          QT_TRANSLATE_NOOP("sg::Checks", "Direct remote access to review"),
          QT_TRANSLATE_NOOP("sg::Checks", "RDP (3389) or VS Code Server (3000) grants direct access to running instances."),
          QT_TRANSLATE_NOOP("sg::Checks", "Audit who has access to these ports on a scheduled basis and revoke permissions when no longer needed.")},
    Entry{CheckIds::WiderThanService, Severity::Low, "practice",
          QT_TRANSLATE_NOOP("sg::Checks", "Rule wider than its service needs"),
          QT_TRANSLATE_NOOP("sg::Checks", "A rule built for catalogue services opens ports those services do not use."),
          QT_TRANSLATE_NOOP("sg::Checks", "Apply least privilege: narrow the port range to the service's ports.")},
    Entry{CheckIds::PortRange, Severity::Info, "practice",
          QT_TRANSLATE_NOOP("sg::Checks", "Port range instead of single ports"),
          QT_TRANSLATE_NOOP("sg::Checks", "A TCP or UDP rule opens a range of ports that is not the range of a known service."),
          QT_TRANSLATE_NOOP("sg::Checks", "Prefer one rule per port a service needs; ranges tend to open more than intended.")},
    Entry{CheckIds::MissingDescription, Severity::Low, "practice",
          QT_TRANSLATE_NOOP("sg::Checks", "Rule without a description"),
          QT_TRANSLATE_NOOP("sg::Checks", "The rule has no description, so reviewers cannot tell why it exists."),
          QT_TRANSLATE_NOOP("sg::Checks", "Describe what each rule is for (service and who connects).")},
    Entry{CheckIds::DuplicateRule, Severity::Low, "rule-set",
          QT_TRANSLATE_NOOP("sg::Checks", "Duplicate rule"),
          QT_TRANSLATE_NOOP("sg::Checks", "The rule has the same effect as an earlier one (the description aside); the API accepts it but it adds nothing."),
          QT_TRANSLATE_NOOP("sg::Checks", "Delete the duplicate.")},
    Entry{CheckIds::ShadowedRule, Severity::Low, "rule-set",
          QT_TRANSLATE_NOOP("sg::Checks", "Rule never takes effect"),
          QT_TRANSLATE_NOOP("sg::Checks", "Rules evaluated earlier (smaller priority number, or a drop at the same priority) decide all the traffic this rule matches, alone or together."),
          QT_TRANSLATE_NOOP("sg::Checks", "Delete the rule, or give it a smaller priority number if it was meant to take effect.")},
    Entry{CheckIds::ShadowedDrop, Severity::Medium, "rule-set",
          QT_TRANSLATE_NOOP("sg::Checks", "Drop rule never takes effect"),
          QT_TRANSLATE_NOOP("sg::Checks", "A drop rule whose traffic is decided by earlier rules, some of which accept it: the block it was written for does not happen."),
          QT_TRANSLATE_NOOP("sg::Checks", "Give the drop a smaller priority number than the accepts it must override (drops win ties).")},
    Entry{CheckIds::RedundantRule, Severity::Info, "rule-set",
          QT_TRANSLATE_NOOP("sg::Checks", "Redundant rule"),
          QT_TRANSLATE_NOOP("sg::Checks", "Removing the rule changes no decision: other rules, or the group's default, decide its traffic the same way (for example 10.1.0.0/16 beside 10.0.0.0/8)."),
          QT_TRANSLATE_NOOP("sg::Checks", "Delete the rule to keep the group small and readable. Remove redundant rules one at a time and re-check.")},
    Entry{CheckIds::PriorityConflict, Severity::Low, "rule-set",
          QT_TRANSLATE_NOOP("sg::Checks", "Accept and drop overlap at the same priority"),
          QT_TRANSLATE_NOOP("sg::Checks", "An accept rule and a drop rule of the same priority match the same traffic; the drop wins. Some clouds refuse such rule sets."),
          QT_TRANSLATE_NOOP("sg::Checks", "Give the rule that should win a smaller priority number, so the intent is explicit.")},
    Entry{CheckIds::ManyRules, Severity::Info, "limits",
          QT_TRANSLATE_NOOP("sg::Checks", "More than 50 rules"),
          QT_TRANSLATE_NOOP("sg::Checks", "Large groups are hard to review and often carry forgotten rules."),
          QT_TRANSLATE_NOOP("sg::Checks", "Review the rules; remove the ones nobody needs any more.")},
    Entry{CheckIds::ApiCallLimit, Severity::Info, "limits",
          QT_TRANSLATE_NOOP("sg::Checks", "More than 100 rules in one direction"),
          QT_TRANSLATE_NOOP("sg::Checks", "One AuthorizeSecurityGroup or AuthorizeSecurityGroupEgress call takes at most 100 permissions; applying the rules takes several calls."),
          QT_TRANSLATE_NOOP("sg::Checks", "Export with aliyun-cli or sdk-requests, which split the calls.")},
    Entry{CheckIds::RulesPerGroupLimit, Severity::Medium, "limits",
          QT_TRANSLATE_NOOP("sg::Checks", "More than 200 rules"),
          QT_TRANSLATE_NOOP("sg::Checks", "200 rules was the per-group limit in older documentation, and a console import file takes at most 200 rules."),
          QT_TRANSLATE_NOOP("sg::Checks", "Split the rules over several groups or merge rules; console exports are split into files of 200.")},
    Entry{CheckIds::NicRuleLimit, Severity::High, "limits",
          QT_TRANSLATE_NOOP("sg::Checks", "More than 1,000 rules"),
          QT_TRANSLATE_NOOP("sg::Checks", "A network interface takes at most 1,000 rules across all its groups, inbound and outbound; this group alone exceeds it."),
          QT_TRANSLATE_NOOP("sg::Checks", "Merge rules (address blocks, port ranges) or use prefix lists.")},
    Entry{CheckIds::GroupReferenceLimit, Severity::High, "limits",
          QT_TRANSLATE_NOOP("sg::Checks", "More than 20 group references"),
          QT_TRANSLATE_NOOP("sg::Checks", "A basic security group allows at most 20 rules that reference other security groups; the API refuses the rest."),
          QT_TRANSLATE_NOOP("sg::Checks", "Merge the referenced groups, or use prefix lists or address blocks for some of them.")},
    Entry{CheckIds::EnterpriseGroupReference, Severity::High, "limits",
          QT_TRANSLATE_NOOP("sg::Checks", "Group reference in an enterprise group"),
          QT_TRANSLATE_NOOP("sg::Checks", "Enterprise security groups may not reference other security groups; the API refuses such rules."),
          QT_TRANSLATE_NOOP("sg::Checks", "Use address blocks or prefix lists, or a basic security group.")},
    Entry{CheckIds::BasicGroup, Severity::Info, "limits",
          QT_TRANSLATE_NOOP("sg::Checks", "Basic rather than enterprise group"),
          QT_TRANSLATE_NOOP("sg::Checks", "A basic group allows all outbound traffic by default and, with InnerAccessPolicy Accept, all traffic between its members."),
          QT_TRANSLATE_NOOP("sg::Checks", "Consider an enterprise security group, which denies by default in both directions.")},
    Entry{CheckIds::AnalysisLimited, Severity::Info, "limits",
          QT_TRANSLATE_NOOP("sg::Checks", "Overlap analysis limited"),
          QT_TRANSLATE_NOOP("sg::Checks", "The rules combine so many different port ranges that shadowing, redundancy and mitigation were not analysed for some of them; their exposure is reported as if no drop rule applied."),
          QT_TRANSLATE_NOOP("sg::Checks", "Use fewer distinct port ranges.")},
    Entry{CheckIds::UnknownGroupReference, Severity::Info, "workspace",
          QT_TRANSLATE_NOOP("sg::Checks", "Referenced group not in the workspace"),
          QT_TRANSLATE_NOOP("sg::Checks", "A rule admits the members of a security group that is not among the groups read, so who it lets in cannot be told."),
          QT_TRANSLATE_NOOP("sg::Checks", "Open the referenced group's rules too (or pull the whole region) to review who it admits.")},
    Entry{CheckIds::UnattachedGroup, Severity::Info, "workspace",
          QT_TRANSLATE_NOOP("sg::Checks", "Group on no network interface"),
          QT_TRANSLATE_NOOP("sg::Checks", "No network interface read carries the group, so its rules apply to no instance; other groups' rules still reference it."),
          QT_TRANSLATE_NOOP("sg::Checks", "Check that the group is still meant to exist before relying on it as a source.")},
    Entry{CheckIds::UnusedGroup, Severity::Low, "workspace",
          QT_TRANSLATE_NOOP("sg::Checks", "Unused group"),
          QT_TRANSLATE_NOOP("sg::Checks", "No network interface read carries the group and no rule of another group references it: its rules protect nothing and are easily attached by mistake later."),
          QT_TRANSLATE_NOOP("sg::Checks", "Delete the group, or attach it where it is meant to apply.")},
    Entry{CheckIds::ExpiredExemption, Severity::Low, "baseline",
          QT_TRANSLATE_NOOP("sg::Checks", "Expired exemption"),
          QT_TRANSLATE_NOOP("sg::Checks", "An exemption of the baseline is past its date: the findings it accepted count again."),
          QT_TRANSLATE_NOOP("sg::Checks", "Fix what the exemption accepted, or review the risk again and give the exemption a new date.")},
    Entry{CheckIds::UnresolvedValue, Severity::Low, "workspace",
          QT_TRANSLATE_NOOP("sg::Checks", "Value not known without running the tool"),
          QT_TRANSLATE_NOOP("sg::Checks", "A Terraform configuration or ROS template leaves a value open (a variable without a value, a parameter without a default, a data source, an attribute known only once created). SG Assist does not guess it: a rule whose protocol, ports, source, policy or priority is open is kept but matches no traffic, so its exposure is not judged."),
          QT_TRANSLATE_NOOP("sg::Checks", "Give the value (--var NAME=VALUE, --var-file, --param NAME=VALUE, or a terraform.tfvars file) and check again, or review the rule by hand.")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("sg::Checks", text);
}

CheckInfo toInfo(const Entry &e)
{
    return {QLatin1StringView(e.id), e.severity, QLatin1StringView(e.category), translated(e.title),
            translated(e.description), translated(e.recommendation)};
}

} // namespace

QList<CheckInfo> checkCatalogue()
{
    QList<CheckInfo> out;
    out.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries)
        out.append(toInfo(e));
    return out;
}

QStringList checkIds()
{
    QStringList out;
    out.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries)
        out.append(QLatin1StringView(e.id));
    return out;
}

CheckInfo checkInfo(QAnyStringView id)
{
    for (const Entry &e : entries) {
        if (QAnyStringView::compare(id, QLatin1StringView(e.id)) == 0)
            return toInfo(e);
    }
    return {};
}

} // namespace sg
