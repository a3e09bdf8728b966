// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitiveports.h"

#include "checkids.h"
#include "trafficclass.h"

#include <array>

namespace sg {
namespace {

constexpr quint8 T = SensitivePort::Tcp;
constexpr quint8 U = SensitivePort::Udp;
constexpr quint8 TU = SensitivePort::Tcp | SensitivePort::Udp;
constexpr Sensitivity L = Sensitivity::Low;
constexpr Sensitivity M = Sensitivity::Medium;
constexpr Sensitivity H = Sensitivity::High;
constexpr Sensitivity C = Sensitivity::Critical;

using namespace CheckIds;

// The source document's ports (catalogue services) and every port on the peers' lists. Where the
// source document names no protocol (PBS 17001, RDP 3389) TCP is meant; upstream extras from
// reference section 5 are included (RDP and Fluentd over UDP, PBS 15004 and 15007, NFS helpers over
// both protocols), so that a rule opening them is judged like the documented ports.
constexpr std::array ports{
    SensitivePort{ExposedLegacyService, "FTP", T, 20, 21, H, nullptr},
    SensitivePort{ExposedSsh, "SSH", T, 22, 22, H, "ssh"},
    SensitivePort{ExposedLegacyService, "Telnet", T, 23, 23, H, nullptr},
    SensitivePort{ExposedLegacyService, "SMTP", T, 25, 25, H, nullptr},
    SensitivePort{ExposedInfrastructurePort, "DNS", TU, 53, 53, H, nullptr},
    SensitivePort{ExposedWebPort, "HTTP", T, 80, 80, L, nullptr},
    SensitivePort{ExposedLegacyService, "POP3", T, 110, 110, H, nullptr},
    SensitivePort{ExposedNfs, "NFS rpcbind", TU, 111, 111, H, "nfs"},
    SensitivePort{ExposedLegacyService, "MSRPC", TU, 135, 135, H, nullptr},
    SensitivePort{ExposedLegacyService, "NetBIOS", TU, 137, 139, H, nullptr},
    SensitivePort{ExposedLegacyService, "IMAP", T, 143, 143, H, nullptr},
    SensitivePort{ExposedWebPort, "HTTPS", TU, 443, 443, L, nullptr},
    SensitivePort{ExposedLegacyService, "SMB", T, 445, 445, H, nullptr},
    SensitivePort{ExposedDatabase, "SQL Server", T, 1433, 1433, H, nullptr},
    SensitivePort{ExposedDatabase, "SQL Server Browser", TU, 1434, 1434, H, nullptr},
    SensitivePort{ExposedDatabase, "Oracle", T, 1521, 1521, H, nullptr},
    SensitivePort{ExposedNfs, "NFS", TU, 2049, 2049, H, "nfs"},
    SensitivePort{ExposedDocker, "Docker", T, 2375, 2376, C, "docker"},
    SensitivePort{ExposedDatabase, "Oracle", T, 2483, 2484, H, nullptr},
    SensitivePort{ExposedVsCode, "VS Code Server", T, 3000, 3000, H, "vscode"},
    SensitivePort{ExposedDatabase, "MySQL", T, 3306, 3306, H, nullptr},
    SensitivePort{ExposedRdp, "RDP", TU, 3389, 3389, H, "rdp"},
    SensitivePort{ExposedDatabase, "mSQL", T, 4333, 4333, H, nullptr},
    SensitivePort{ExposedInfrastructurePort, "Salt", T, 4505, 4506, H, nullptr},
    SensitivePort{ExposedWebDevPort, "development web server", T, 5000, 5000, H, nullptr},
    SensitivePort{ExposedDatabase, "PostgreSQL", T, 5432, 5432, H, nullptr},
    SensitivePort{ExposedVnc, "VNC", T, 5500, 5500, H, nullptr},
    SensitivePort{ExposedDatabase, "Kibana", T, 5601, 5601, H, nullptr},
    SensitivePort{ExposedVnc, "VNC", T, 5900, 5900, H, nullptr},
    SensitivePort{ExposedDatabase, "Redis", T, 6379, 6379, H, nullptr},
    SensitivePort{ExposedScheduler, "Slurm", T, 6817, 6819, H, "slurm"},
    SensitivePort{ExposedDatabase, "Cassandra", T, 7199, 7199, H, nullptr},
    SensitivePort{ExposedInfrastructurePort, "Hadoop", T, 8020, 8020, H, nullptr},
    SensitivePort{ExposedWebDevPort, "HTTP alternate", T, 8080, 8080, H, nullptr},
    SensitivePort{ExposedWebDevPort, "HTTP alternate", T, 8088, 8088, H, nullptr},
    SensitivePort{ExposedJupyter, "Jupyter", T, 8888, 8888, H, "jupyter"},
    SensitivePort{ExposedMonitoring, "Prometheus", T, 9090, 9090, H, "prometheus"},
    SensitivePort{ExposedDatabase, "Kafka", T, 9092, 9092, H, nullptr},
    SensitivePort{ExposedDatabase, "Cassandra", T, 9160, 9160, H, nullptr},
    SensitivePort{ExposedDatabase, "Elasticsearch", T, 9200, 9200, H, nullptr},
    SensitivePort{ExposedDatabase, "Elasticsearch", T, 9300, 9300, H, nullptr},
    SensitivePort{ExposedDatabase, "Memcached", TU, 11211, 11211, H, nullptr},
    SensitivePort{ExposedPortal, "E-HPC web portal", T, 12011, 12011, M, "portal"},
    SensitivePort{ExposedScheduler, "PBS", T, 15001, 15004, H, "pbs"},
    SensitivePort{ExposedScheduler, "PBS", T, 15007, 15007, H, "pbs"},
    SensitivePort{ExposedScheduler, "PBS", T, 17001, 17001, H, "pbs"},
    SensitivePort{ExposedNfs, "NFS mountd", TU, 20048, 20048, H, "nfs"},
    SensitivePort{ExposedMonitoring, "Fluentd", TU, 24224, 24224, H, "fluentd"},
    SensitivePort{ExposedDatabase, "MongoDB", T, 27017, 27018, H, nullptr},
    SensitivePort{ExposedNfs, "NFS statd/lockd", TU, 32765, 32768, H, "nfs"},
    SensitivePort{ExposedInfrastructurePort, "Hadoop", T, 50070, 50070, H, nullptr},
};

constexpr bool sortedAndDisjoint()
{
    for (size_t i = 1; i < ports.size(); ++i) {
        if (ports[i].first <= ports[i - 1].last)
            return false;
    }
    return true;
}
static_assert(sortedAndDisjoint(), "sensitive ports must be sorted and must not overlap");
static_assert(U == 2 && M == Sensitivity::Medium);

} // namespace

std::span<const SensitivePort> sensitivePorts()
{
    return ports;
}

namespace {

bool intersects(const Rule &rule, quint8 protocols, int first, int last)
{
    if (rule.protocol == Protocol::All)
        return true;
    const quint8 bit = rule.protocol == Protocol::Tcp ? SensitivePort::Tcp
        : rule.protocol == Protocol::Udp              ? SensitivePort::Udp
                                                      : 0;
    if (!(bit & protocols))
        return false;
    return rule.ports.isNone() || (rule.ports.first() <= last && first <= rule.ports.last());
}

} // namespace

QStringList namedPortsOf(const Rule &rule, const char *check)
{
    QStringList out;
    for (const SensitivePort &port : sensitivePorts()) {
        if (port.check != check) // ids are the CheckIds constants: compare addresses
            continue;
        for (TrafficClass traffic : {TrafficClass::Tcp, TrafficClass::Udp}) {
            const quint8 bit = traffic == TrafficClass::Tcp ? SensitivePort::Tcp : SensitivePort::Udp;
            if (!(port.protocols & bit) || !intersects(rule, bit, port.first, port.last))
                continue;
            const int first = rule.ports.isNone() ? port.first : std::max(int(port.first), rule.ports.first());
            const int last = rule.ports.isNone() ? port.last : std::min(int(port.last), rule.ports.last());
            QString text = QLatin1StringView(port.label) + u" (" + displayName(traffic) + u' ' + QString::number(first);
            if (last != first)
                text += u'-' + QString::number(last);
            out.append(text + u')');
        }
    }
    return out;
}

bool reachesCheck(const Rule &rule, const char *check)
{
    for (const SensitivePort &port : sensitivePorts()) {
        if (port.check == check && intersects(rule, port.protocols, port.first, port.last))
            return true;
    }
    return false;
}

} // namespace sg
