// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Writes a realistic DescribeSecurityGroupAttribute response with N rules, reproducibly from a seed:
//   sgassist-bench-generate N [SEED] > rules.json
// or a whole region, as `sgassist-cli pull` leaves it: GROUPS files of 10-200 rules each
// (DIR/sg-bench000000.json, ...) and DIR/network-interfaces.json with ENIS interfaces carrying one to
// three of those groups (most carry one), whose rules reference each other's groups:
//   sgassist-bench-generate --region DIR GROUPS ENIS [SEED]
// Realistic means what large HPC groups look like: mostly private or narrow sources (cluster
// subnets, admin workstations, partner /24s), some security-group references and prefix lists, a
// few wide public sources and 0.0.0.0/0 / ::/0, the E-HPC and Workbench ports plus typical custom
// ports and ranges, priorities 1-100 (most at 1), about 8 % drops (block lists of public addresses,
// internal fences, a catch-all at priority 100) and 2 % exact duplicates. Fields
// that DescribeSecurityGroupAttribute prints empty are left out, as many exporters do, which gives
// about 350 bytes a rule (100,000 rules: ~35 MB).
//
// Plain C++ without Qt, and its own random numbers, so that the same seed gives the same file with
// any compiler and standard library.

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

// splitmix64: tiny, fast, and fully specified.
class Random
{
public:
    explicit Random(uint64_t seed)
        : m_state(seed) {}

    uint64_t next()
    {
        uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % uint64_t(n)); }
    bool chance(int percent) { return below(1000) < percent * 10; }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }

private:
    uint64_t m_state;
};

struct Rule
{
    std::string direction = "ingress";
    std::string protocol = "TCP";
    std::string ports;
    std::string peerField;
    std::string peer;
    std::string policy = "Accept";
    int priority = 1;
    std::string description;
};

struct Port
{
    const char *protocol;
    const char *range;
    const char *service;
};

// The source document's ports, the peers' usual suspects, and what HPC sites add.
const std::vector<Port> ingressPorts{
    {"TCP", "22/22", "SSH"},
    {"TCP", "22/22", "SSH"},
    {"TCP", "22/22", "SSH"},
    {"TCP", "6817/6819", "Slurm"},
    {"TCP", "6817/6819", "Slurm"},
    {"TCP", "15001/15003", "PBS"},
    {"TCP", "17001/17001", "PBS"},
    {"TCP", "111/111", "NFS rpcbind"},
    {"TCP", "2049/2049", "NFS"},
    {"TCP", "2049/2049", "NFS"},
    {"UDP", "20048/20048", "NFS mountd"},
    {"UDP", "32765/32768", "NFS statd/lockd"},
    {"TCP", "9090/9090", "Prometheus"},
    {"TCP", "24224/24224", "Fluentd"},
    {"TCP", "12011/12011", "E-HPC portal"},
    {"TCP", "3389/3389", "RDP"},
    {"TCP", "8888/8888", "Jupyter"},
    {"TCP", "3000/3000", "VS Code Server"},
    {"TCP", "2375/2376", "Docker"},
    {"TCP", "443/443", "HTTPS"},
    {"TCP", "80/80", "HTTP"},
    {"TCP", "8080/8080", "web app"},
    {"TCP", "3306/3306", "MySQL"},
    {"TCP", "5432/5432", "PostgreSQL"},
    {"TCP", "6379/6379", "Redis"},
    {"TCP", "9100/9100", "node exporter"},
    {"TCP", "60001/63000", "srun"},
    {"TCP", "8000/8100", "app range"},
    {"TCP", "30000/32767", "NodePort"},
    {"UDP", "53/53", "DNS"},
    {"UDP", "123/123", "NTP"},
    {"TCP", "1024/65535", "ephemeral"},
};
const std::vector<Port> egressPorts{
    {"TCP", "443/443", "HTTPS out"},
    {"TCP", "80/80", "HTTP out"},
    {"UDP", "53/53", "DNS out"},
    {"TCP", "2049/2049", "NFS out"},
    {"TCP", "22/22", "SSH out"},
    {"UDP", "123/123", "NTP out"},
};

std::string publicV4(Random &random)
{
    static const int firstOctets[] = {47, 39, 101, 106, 112, 114, 116, 118, 120, 121, 139, 182, 198, 203, 8, 52, 13};
    const int a = firstOctets[random.below(int(std::size(firstOctets)))];
    return std::to_string(a) + '.' + std::to_string(random.below(256)) + '.' + std::to_string(random.below(256));
}

// The groups rules may reference: the 30 cluster groups of the single-file benchmark, or the
// region's own groups.
int g_groupCount = 0;

std::string groupPeer(Random &random)
{
    if (g_groupCount > 0) {
        char id[32];
        std::snprintf(id, sizeof id, "sg-bench%06d", random.below(g_groupCount));
        return id;
    }
    return "sg-bp1cluster" + std::to_string(random.below(30));
}

void pickPeer(Random &random, Rule &rule)
{
    const bool in = rule.direction == "ingress";
    const char *v4 = in ? "SourceCidrIp" : "DestCidrIp";
    const char *v6 = in ? "Ipv6SourceCidrIp" : "Ipv6DestCidrIp";
    const int roll = random.below(1000);
    if (roll < 450) { // cluster and office hosts
        rule.peerField = v4;
        rule.peer = "10." + std::to_string(random.below(256)) + '.' + std::to_string(random.below(256)) + '.'
            + std::to_string(random.below(256)) + "/32";
    } else if (roll < 650) { // private subnets (the API clears host bits, so any address will do)
        static const char *const prefixes[] = {"/16", "/20", "/24", "/24", "/24", "/26"};
        rule.peerField = v4;
        rule.peer = (random.chance(50) ? "172." + std::to_string(random.between(16, 31)) : std::string("192.168")) + '.'
            + std::to_string(random.below(256)) + '.' + std::to_string(random.below(4) * 64) + prefixes[random.below(6)];
    } else if (roll < 760) { // admin workstations and partner offices
        rule.peerField = v4;
        rule.peer = publicV4(random) + '.' + (random.chance(60) ? std::to_string(random.below(256)) + "/32" : std::string("0/24"));
    } else if (roll < 790) { // wide public ranges
        rule.peerField = v4;
        rule.peer = publicV4(random) + ".0/" + std::to_string(random.between(12, 20));
    } else if (roll < 805) { // everyone
        rule.peerField = random.chance(70) ? v4 : v6;
        rule.peer = rule.peerField == v4 ? "0.0.0.0/0" : "::/0";
    } else if (roll < 840) { // IPv6 hosts and sites
        rule.peerField = v6;
        char text[64];
        const bool host = random.chance(50);
        std::snprintf(text, sizeof text, host ? "2408:4000:%x:%x::%x/128" : "2408:4000:%x:%x::/64", unsigned(random.below(65536)),
                      unsigned(random.below(65536)), unsigned(1 + random.below(255)));
        rule.peer = text;
    } else if (roll < 960) { // security groups
        rule.peerField = in ? "SourceGroupId" : "DestGroupId";
        rule.peer = groupPeer(random);
    } else { // prefix lists
        rule.peerField = in ? "SourcePrefixListId" : "DestPrefixListId";
        rule.peer = "pl-bp1partners" + std::to_string(random.below(10));
    }
}

Rule makeRule(Random &random)
{
    Rule rule;
    rule.direction = random.chance(10) ? "egress" : "ingress";
    const int kind = random.below(1000);
    if (kind < 40) {
        rule.protocol = "ICMP";
        rule.ports = "-1/-1";
    } else if (kind < 50) {
        rule.protocol = "ALL";
        rule.ports = "-1/-1";
    } else if (kind < 53) {
        rule.protocol = "GRE";
        rule.ports = "-1/-1";
    } else if (kind < 80) { // a site's own services
        rule.protocol = random.chance(80) ? "TCP" : "UDP";
        const int port = 1024 + random.below(40) * 997 % 50000;
        rule.ports = std::to_string(port) + '/' + std::to_string(port);
    } else {
        const std::vector<Port> &menu = rule.direction == "ingress" ? ingressPorts : egressPorts;
        const Port &port = menu[size_t(random.below(int(menu.size())))];
        rule.protocol = port.protocol;
        rule.ports = port.range;
        rule.description = port.service;
    }
    rule.policy = random.chance(8) ? "Drop" : "Accept";
    rule.priority = random.chance(60) ? 1 : random.between(2, 100);
    const bool in = rule.direction == "ingress";
    if (rule.policy == "Drop") {
        // Block lists of single bad addresses and networks, a few internal fences, and the
        // catch-all "drop everything" at the lowest precedence.
        const int roll = random.below(100);
        if (roll < 60) {
            rule.peerField = in ? "SourceCidrIp" : "DestCidrIp";
            rule.peer = publicV4(random) + '.' + (random.chance(70) ? std::to_string(random.below(256)) + "/32" : std::string("0/24"));
            rule.priority = random.between(1, 10);
        } else if (roll < 90) {
            pickPeer(random, rule);
            if (rule.peer == "0.0.0.0/0" || rule.peer == "::/0")
                rule.priority = 100;
        } else {
            rule.peerField = in ? "SourceCidrIp" : "DestCidrIp";
            rule.peer = "0.0.0.0/0";
            rule.priority = 100;
        }
    } else if (rule.protocol == "ALL" && !random.chance(5)) {
        // All traffic is what cluster nodes allow each other: a group reference or a private subnet.
        rule.peerField = in ? "SourceGroupId" : "DestGroupId";
        rule.peer = groupPeer(random);
        if (random.chance(25)) {
            rule.peerField = in ? "SourceCidrIp" : "DestCidrIp";
            rule.peer = "172." + std::to_string(random.between(16, 31)) + ".0.0/16";
        }
    } else {
        pickPeer(random, rule);
    }
    if (rule.protocol == "ICMP" && rule.peerField.find("Ipv6") == 0)
        rule.protocol = "ICMPv6";
    if (!random.chance(12)) {
        if (rule.description.empty())
            rule.description = rule.protocol + " " + rule.ports;
        rule.description += " for team " + std::to_string(random.below(40));
    } else {
        rule.description.clear();
    }
    return rule;
}

// One DescribeSecurityGroupAttribute response of `count` rules; rule ids start at `firstRule`.
void writeGroup(std::FILE *out, Random &random, long count, const std::string &groupId, uint64_t seed, long firstRule)
{
    std::vector<Rule> recent; // for duplicates: copies of rules written shortly before
    std::fprintf(out, "{\n \"RequestId\": \"B1A2C3D4-0000-4000-8000-%012" PRIu64 "\",\n \"RegionId\": \"cn-hangzhou\",\n"
                      " \"SecurityGroupId\": \"%s\",\n \"SecurityGroupName\": \"hpc-benchmark\",\n"
                      " \"Description\": \"generated by sgassist-bench-generate, seed %" PRIu64 "\",\n"
                      " \"VpcId\": \"vpc-bp1benchmark\",\n \"InnerAccessPolicy\": \"Accept\",\n \"NextToken\": \"\",\n"
                      " \"Permissions\": {\n  \"Permission\": [",
                 uint64_t(seed % 1000000000000ULL), groupId.c_str(), seed);
    for (long i = 0; i < count; ++i) {
        Rule rule;
        if (!recent.empty() && random.chance(2))
            rule = recent[size_t(random.below(int(recent.size())))];
        else
            rule = makeRule(random);
        if (recent.size() < 512)
            recent.push_back(rule);
        else
            recent[size_t(random.below(512))] = rule;
        const long id = firstRule + i;
        std::fprintf(out, "%s\n   {\n    \"SecurityGroupRuleId\": \"sgr-bp1%012ld\",\n    \"Direction\": \"%s\",\n"
                          "    \"IpProtocol\": \"%s\",\n    \"PortRange\": \"%s\",\n    \"%s\": \"%s\",\n"
                          "    \"Policy\": \"%s\",\n    \"Priority\": %d,\n    \"NicType\": \"intranet\",\n"
                          "    \"Description\": \"%s\",\n    \"CreateTime\": \"2025-11-%02ldT08:%02ld:%02ldZ\"\n   }",
                     i == 0 ? "" : ",", id, rule.direction.c_str(), rule.protocol.c_str(), rule.ports.c_str(),
                     rule.peerField.c_str(), rule.peer.c_str(), rule.policy.c_str(), rule.priority, rule.description.c_str(),
                     1 + id % 28, id / 60 % 60, id % 60);
    }
    std::fprintf(out, "\n  ]\n }\n}\n");
}

int writeRegion(const std::string &dir, int groups, int enis, uint64_t seed)
{
    Random random(seed);
    g_groupCount = groups;
    long firstRule = 0;
    for (int g = 0; g < groups; ++g) {
        char name[64];
        std::snprintf(name, sizeof name, "sg-bench%06d", g);
        const std::string path = dir + "/" + name + ".json";
        std::FILE *out = std::fopen(path.c_str(), "w");
        if (!out) {
            std::fprintf(stderr, "cannot write %s: %s\n", path.c_str(), std::strerror(errno));
            return 1;
        }
        // 10-200 rules, most groups small: the mean is about 60.
        const int roll = random.below(100);
        const long count = roll < 70 ? random.between(10, 60) : roll < 95 ? random.between(60, 150)
                                                                          : random.between(150, 200);
        writeGroup(out, random, count, name, seed, firstRule);
        firstRule += count;
        if (std::fclose(out) != 0)
            return 1;
    }
    const std::string path = dir + "/network-interfaces.json";
    std::FILE *out = std::fopen(path.c_str(), "w");
    if (!out) {
        std::fprintf(stderr, "cannot write %s: %s\n", path.c_str(), std::strerror(errno));
        return 1;
    }
    std::fprintf(out, "{\n \"RequestId\": \"B1A2C3D4-0000-4000-8000-000000000000\",\n \"TotalCount\": %d,\n \"NextToken\": \"\",\n"
                      " \"NetworkInterfaceSets\": {\n  \"NetworkInterfaceSet\": [",
                 enis);
    for (int e = 0; e < enis; ++e) {
        // One group for most interfaces; a shared "base" group plus a role group for some.
        const int carried = random.chance(70) ? 1 : random.chance(80) ? 2
                                                                      : 3;
        std::string ids;
        for (int k = 0; k < carried; ++k) {
            char id[32];
            std::snprintf(id, sizeof id, "%s\"sg-bench%06d\"", k ? ", " : "", k == 0 ? random.below(groups) : random.below(std::min(groups, 20)));
            ids += id;
        }
        std::fprintf(out, "%s\n   {\"NetworkInterfaceId\": \"eni-bench%06d\", \"InstanceId\": \"i-bench%06d\", \"Type\": \"Primary\","
                          " \"VpcId\": \"vpc-bp1benchmark\", \"PrivateIpAddress\": \"10.%d.%d.%d\","
                          " \"SecurityGroupIds\": {\"SecurityGroupId\": [%s]}}",
                     e == 0 ? "" : ",", e, e, e / 65536 % 256, e / 256 % 256, e % 256, ids.c_str());
    }
    std::fprintf(out, "\n  ]\n }\n}\n");
    return std::fclose(out) == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::string(argv[1]) == "--region") {
        if (argc < 5 || argc > 6) {
            std::fprintf(stderr, "usage: %s --region DIR GROUPS ENIS [SEED]\n", argv[0]);
            return 2;
        }
        const int groups = int(std::strtol(argv[3], nullptr, 10));
        const int enis = int(std::strtol(argv[4], nullptr, 10));
        if (groups < 1 || enis < 0) {
            std::fprintf(stderr, "GROUPS must be 1 or more and ENIS 0 or more\n");
            return 2;
        }
        return writeRegion(argv[2], groups, enis, argc == 6 ? std::strtoull(argv[5], nullptr, 10) : 20260101);
    }
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: %s RULES [SEED] > rules.json\n       %s --region DIR GROUPS ENIS [SEED]\n", argv[0], argv[0]);
        return 2;
    }
    const long count = std::strtol(argv[1], nullptr, 10);
    const uint64_t seed = argc == 3 ? std::strtoull(argv[2], nullptr, 10) : 20260101;
    if (count < 0) {
        std::fprintf(stderr, "the number of rules must be 0 or more\n");
        return 2;
    }
    Random random(seed);
    writeGroup(stdout, random, count, "sg-bp1benchmark", seed, 0);
    return std::ferror(stdout) ? 1 : 0;
}
