#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the bad-input corpus: broken files for every reader, and expected.tsv saying, for each,
the format to read it as, a piece of the message its first error line must contain and, where the
file is made to show one place, the line:column that line names.

Run from this folder; the output is committed. The very large files (200 MB, 100,000-deep nesting)
are made by the test itself, not kept in the repository.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = []


def write(name, data, fmt, expect, where=""):
    path = os.path.join(HERE, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    rows.append((name, fmt, expect, where))


def perm(**kw):
    base = {"IpProtocol": "TCP", "PortRange": "22/22", "SourceCidrIp": "10.0.0.0/8", "Policy": "Accept",
            "Priority": 1, "NicType": "intranet", "Direction": "ingress", "Description": "x"}
    base.update(kw)
    return {k: v for k, v in base.items() if v is not None}


def api(perms, **top):
    doc = {"RegionId": "cn-hangzhou", "SecurityGroupId": "sg-bad", "Permissions": {"Permission": perms}}
    doc.update(top)
    return json.dumps(doc, indent=2)


# Bad values, one per file, read as api-json, console-json and project alike.
bad_values = [
    ("port-zero", perm(PortRange="0/22"), "between 1 and 65535"),
    ("port-65536", perm(PortRange="1/65536"), "between 1 and 65535"),
    ("port-reversed", perm(PortRange="23/22"), "first port is larger"),
    ("port-none-tcp", perm(PortRange="-1/-1"), "needs a port range"),
    ("port-words", perm(PortRange="ssh"), "not a port range"),
    ("port-half-none", perm(PortRange="-1/22"), "-1 is only allowed as -1/-1"),
    ("gre-with-ports", perm(IpProtocol="GRE", PortRange="22/22"), "takes no ports"),
    ("protocol-sctp", perm(IpProtocol="SCTP"), "is not a protocol"),
    ("protocol-missing", perm(IpProtocol=None), "protocol is missing"),
    ("cidr-prefix-33", perm(SourceCidrIp="10.0.0.1/33"), "prefix length"),
    ("cidr-octet-300", perm(SourceCidrIp="300.1.1.1"), "not a valid IPv4"),
    ("cidr-short", perm(SourceCidrIp="10/8"), "not a valid IPv4"),
    ("cidr-leading-zero", perm(SourceCidrIp="010.0.0.1"), "not a valid IPv4"),
    ("cidr-netmask", perm(SourceCidrIp="10.0.0.0/255.0.0.0"), "prefix length"),
    ("ipv6-triple-colon", perm(SourceCidrIp=None, Ipv6SourceCidrIp="2001:db8:::1"), "not a valid IPv6"),
    ("ipv6-prefix-129", perm(SourceCidrIp=None, Ipv6SourceCidrIp="2001:db8::/129"), "prefix length"),
    ("ipv6-in-v4-field", perm(SourceCidrIp="::/0"), "not a valid IPv4"),
    ("v4-and-v6", perm(Ipv6SourceCidrIp="::/0"), "cannot both be set"),
    ("no-source", perm(SourceCidrIp=None), "has no source"),
    ("group-id-bad", perm(SourceCidrIp=None, SourceGroupId="group-1"), "not a security group id"),
    ("priority-zero", perm(Priority=0), "out of range"),
    ("priority-101", perm(Priority=101), "out of range"),
    ("priority-fraction", perm(Priority=1.5), "whole number"),
    ("priority-text", perm(Priority="high"), "whole number"),
    ("priority-bool", perm(Priority=True), "must be a number"),
    ("policy-allow", perm(Policy="allow"), "not a policy"),
    ("direction-inbound", perm(Direction="inbound"), "not a direction"),
    ("nic-vpc", perm(NicType="vpc"), "not a NIC type"),
    ("description-513", perm(Description="d" * 513), "at most 512"),
    ("port-number-type", perm(PortRange=22), "must be text"),
    ("protocol-array", perm(IpProtocol=["TCP"]), "must be text"),
    ("icmpv6-with-v4", perm(IpProtocol="ICMPv6", PortRange="-1/-1"), "ICMPv6 needs an IPv6"),
    ("egress-no-dest", perm(Direction="egress"), "has no destination"),
]
for name, p, expect in bad_values:
    write(f"api-{name}.json", api([perm(), p]), "api-json", expect)
for name, p, expect in bad_values[:12]:
    write(f"console-{name}.json", json.dumps([p], indent=1), "console-json", expect)
for name, p, expect in bad_values[12:24]:
    doc = {"format": "sgassist-project", "version": 1, "group": {"SecurityGroupId": "sg-1"}, "rules": [p]}
    write(f"project-{name}.sgassist", json.dumps(doc, indent=1), "project", expect)

# Damaged JSON, the same for every JSON reader.
good = api([perm(), perm(PortRange="6817/6819", SourceCidrIp=None, SourceGroupId="sg-cluster")])
damaged = [
    ("truncated", good[: len(good) // 2], "truncated"),
    ("truncated-in-string", good[: good.index("6817") + 2], "not closed"),
    ("empty", "", "empty"),
    ("whitespace", "   \n\t \n", "empty"),
    ("garbage", "this is not json at all\n", "not valid JSON"),
    ("trailing-brace", good + "}\n", "after the end"),
    ("trailing-text", good + "extra\n", "after the end"),
    ("nul-bytes", good[:40] + "\x00\x00\x00" + good[40:], "not valid JSON"),
    ("number-root", "42\n", "found a number"),
    ("string-root", "\"sg-1\"\n", "found a string"),
    ("permissions-string", json.dumps({"SecurityGroupId": "sg-1", "Permissions": "none"}), "must be an array"),
    ("permission-number", json.dumps({"SecurityGroupId": "sg-1", "Permissions": {"Permission": 7}}), "must be an array"),
    ("rules-not-objects", json.dumps({"SecurityGroupId": "sg-1", "Permissions": {"Permission": [1, "x", None]}}), "must be an object"),
    ("no-permissions", json.dumps({"RegionId": "cn-hangzhou", "SecurityGroupId": "sg-1"}), "Permissions"),
    ("single-quotes", good.replace('"', "'"), "not valid JSON"),
    ("comments", "// comment\n" + good, "not valid JSON"),
    ("unclosed-array", '{"Permissions": {"Permission": [', "truncated"),
    ("bad-escape", '{"Permissions": {"Permission": [{"IpProtocol": "T\\qCP"}]}}', "not valid JSON"),
]
for name, text, expect in damaged:
    write(f"api-damaged-{name}.json", text, "api-json", expect)

# Encodings.
write("api-utf16-le.json", good.encode("utf-16-le"), "api-json", "UTF-16")
write("api-utf16-bom.json", good.encode("utf-16"), "api-json", "UTF-16")
write("api-utf16-be-bom.json", b"\xfe\xff" + good.encode("utf-16-be"), "api-json", "UTF-16")
write("api-utf32.json", good.encode("utf-32"), "api-json", "UTF-32")
write("api-latin1.json", json.dumps({"SecurityGroupId": "sg-1", "Permissions": {"Permission": [perm(Description="caf\xe9")]}},
                                    ensure_ascii=False).encode("latin-1"), "api-json", "UTF-8")
write("api-invalid-utf8.json", good.encode()[:60] + b"\xff\xfe\xfd" + good.encode()[60:], "api-json", "UTF-8")
write("console-utf16.csv", "IpProtocol,PortRange,SourceCidrIp\r\nTCP,22/22,10.0.0.0/8\r\n".encode("utf-16"), "console-csv", "UTF-16")

# Console CSV.
csv_header = "Direction,IpProtocol,PortRange,SourceCidrIp,Policy,Priority,NicType,Description\r\n"
csv_cases = [
    ("port-zero", csv_header + "ingress,TCP,0/22,10.0.0.0/8,accept,1,intranet,x\r\n", "between 1 and 65535"),
    ("cidr-bad", csv_header + "ingress,TCP,22/22,10.0.0.1/33,accept,1,intranet,x\r\n", "prefix length"),
    ("priority-bad", csv_header + "ingress,TCP,22/22,10.0.0.0/8,accept,abc,intranet,x\r\n", "whole number"),
    ("protocol-bad", csv_header + "ingress,SCTP,22/22,10.0.0.0/8,accept,1,intranet,x\r\n", "not a protocol"),
    ("policy-bad", csv_header + "ingress,TCP,22/22,10.0.0.0/8,maybe,1,intranet,x\r\n", "not a policy"),
    ("unclosed-quote", csv_header + "ingress,TCP,22/22,10.0.0.0/8,accept,1,intranet,\"never closed\r\n", "quote"),
    ("empty", "", "empty"),
    ("header-only-garbage", "just some words\r\nand more\r\n", "column"),
    ("no-protocol-column", "PortRange,SourceCidrIp\r\n22/22,10.0.0.0/8\r\n", "protocol"),
    ("nul-bytes", csv_header + "ingress,TCP,22/22,10.0.0.0/8\x00,accept,1,intranet,x\r\n", ""),
    ("v6-bad", csv_header.replace("SourceCidrIp", "Ipv6SourceCidrIp") + "ingress,TCP,22/22,2001:db8:::1,accept,1,intranet,x\r\n", "IPv6"),
    ("reversed", csv_header + "ingress,TCP,23/22,10.0.0.0/8,accept,1,intranet,x\r\n", "larger than the last"),
]
for name, text, expect in csv_cases:
    write(f"console-csv-{name}.csv", text, "console-csv", expect)

# terraform show -json.
def tf(values, kind="state"):
    root = {"resources": [{"address": "alicloud_security_group_rule.r", "type": "alicloud_security_group_rule",
                           "name": "r", "values": values}]}
    if kind == "state":
        return json.dumps({"format_version": "1.0", "terraform_version": "1.6.0", "values": {"root_module": root}}, indent=1)
    return json.dumps({"format_version": "1.2", "terraform_version": "1.6.0", "planned_values": {"root_module": root}}, indent=1)

tf_base = {"type": "ingress", "ip_protocol": "tcp", "port_range": "22/22", "cidr_ip": "10.0.0.0/8", "policy": "accept",
           "priority": 1, "nic_type": "intranet", "security_group_id": "sg-1", "description": "x"}
tf_cases = [
    ("port-bad", {"port_range": "0/22"}, "between 1 and 65535"),
    ("cidr-bad", {"cidr_ip": "300.1.1.1"}, "not a valid IPv4"),
    ("protocol-bad", {"ip_protocol": "sctp"}, "not a protocol"),
    ("priority-bad", {"priority": 500}, "out of range"),
    ("type-bad", {"type": "sideways"}, "direction"),
    ("no-source", {"cidr_ip": None}, "no source"),
    ("ipv6-bad", {"cidr_ip": None, "ipv6_cidr_ip": "2001:db8:::1"}, "IPv6"),
    ("policy-bad", {"policy": "permit"}, "not a policy"),
]
for name, change, expect in tf_cases:
    values = {k: v for k, v in {**tf_base, **change}.items() if v is not None}
    write(f"terraform-{name}.json", tf(values, "plan" if name.endswith("bad") and "port" in name else "state"), "terraform-json", expect)
write("terraform-truncated.json", tf(tf_base)[:200], "terraform-json", "truncated")
write("terraform-values-not-object.json", json.dumps({"format_version": "1.0", "terraform_version": "1.6.0", "values": 7}), "terraform-json", "")

# ROS templates.
def ros(resources):
    return json.dumps({"ROSTemplateFormatVersion": "2015-09-01", "Resources": resources}, indent=1)

ros_rule = {"Type": "ALIYUN::ECS::SecurityGroupIngress",
            "Properties": {"SecurityGroupId": "sg-1", "IpProtocol": "tcp", "PortRange": "22/22", "SourceCidrIp": "10.0.0.0/8",
                           "Policy": "accept", "Priority": 1, "NicType": "intranet"}}
ros_cases = [
    ("port-bad", {"PortRange": "22-23"}, "not a port range"),
    ("cidr-bad", {"SourceCidrIp": "10.0.0.0/40"}, "prefix length"),
    ("priority-bad", {"Priority": 0}, "out of range"),
    ("ref-value", {"SourceCidrIp": {"Ref": "AdminCidr"}}, "Ref"),
    ("fn-value", {"PortRange": {"Fn::Join": "22/22"}}, "Fn::Join"),
    ("protocol-bad", {"IpProtocol": "sctp"}, "not a protocol"),
]
for name, change, expect in ros_cases:
    rule = json.loads(json.dumps(ros_rule))
    rule["Properties"].update(change)
    write(f"ros-{name}.json", ros({"Rule": rule}), "ros", expect)
write("ros-truncated.json", ros({"Rule": ros_rule})[:150], "ros", "truncated")
write("ros-properties-list.json", ros({"Rule": {"Type": "ALIYUN::ECS::SecurityGroupIngress", "Properties": [1, 2]}}), "ros", "")

# ROS templates in YAML.
ros_yaml = """ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Rule:
    Type: ALIYUN::ECS::SecurityGroupIngress
    Properties:
      SecurityGroupId: sg-1
      IpProtocol: tcp
      PortRange: 22/22
      SourceCidrIp: 10.0.0.0/8
"""
laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 10))
ros_yaml_cases = [
    ("port-bad", ros_yaml.replace("22/22", "22-23"), "not a port range"),
    ("cidr-bad", ros_yaml.replace("10.0.0.0/8", "10.0.0.0/40"), "prefix length"),
    ("syntax", "ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  Rule: [1, 2\n", "not valid YAML"),
    ("tab-indent", "ROSTemplateFormatVersion: '2015-09-01'\nResources:\n\tRule: {}\n", "not valid YAML"),
    ("ref-missing", ros_yaml.replace("SourceCidrIp: 10.0.0.0/8", "SourceCidrIp: {Ref: Missing}"), "names no parameter or resource"),
    ("join-malformed", ros_yaml.replace("PortRange: 22/22", "PortRange: {Fn::Join: x}"), "Fn::Join"),
    ("condition-missing", ros_yaml.replace("    Properties:", "    Condition: Nope\n    Properties:"), "not in the template's Conditions"),
    ("tag", ros_yaml.replace("SourceCidrIp: 10.0.0.0/8", "SourceCidrIp: !Ref Cidr"), "YAML tag"),
    ("two-documents", ros_yaml + "---\n" + ros_yaml, "YAML documents"),
    ("aliases", "ROSTemplateFormatVersion: '2015-09-01'\n" + laughs, "aliases"),
    ("list-root", "- ROSTemplateFormatVersion\n- Resources\n", "YAML mapping"),
    ("invalid-utf8", ros_yaml.encode() + b"# \xff\xfe\n", "UTF-8"),
]
for name, text, expect in ros_yaml_cases:
    write(f"ros-yaml-{name}.yaml", text, "ros", expect)

# Terraform configurations (.tf).
tf_rule = """resource "alicloud_security_group_rule" "r" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = "10.0.0.0/8"
  security_group_id = "sg-1"
}
"""
# Each case the rule above with one fault; the syntax faults that need no rule are files of their own,
# as short as the fault, with the line:column the message must name.
hcl_cases = [
    ("port-bad", tf_rule.replace('"22/22"', '"0/22"'), "between 1 and 65535"),
    ("cidr-bad", tf_rule.replace('"10.0.0.0/8"', '"300.1.1.1"'), "not a valid IPv4"),
    ("protocol-bad", tf_rule.replace('"tcp"', '"sctp"'), "not a protocol"),
    ("no-source", tf_rule.replace('  cidr_ip           = "10.0.0.0/8"\n', ""), "has no source"),
    ("no-group", tf_rule.replace('  security_group_id = "sg-1"\n', ""), "security_group_id is required"),
    ("group-not-id", tf_rule.replace('"sg-1"', '"default"'), "not a security group id"),
    ("unclosed-string", tf_rule.replace('"22/22"', '"22/22'), "cannot span lines"),
    ("unclosed-block", 'resource "alicloud_security_group_rule" "r" {\n', "a \"}\" is missing", "2:1"),
    ("unclosed-heredoc", 'locals {\n  a = <<EOT\nnever closed\n}\n', "heredoc that starts here is not closed", "2:7"),
    ("unclosed-comment", "/* never closed\n", "not closed with */", "1:1"),
    ("single-quotes", tf_rule.replace('"tcp"', "'tcp'"), "double quotes"),
    ("bad-escape", tf_rule.replace('"22/22"', '"22\\q22"'), "not an escape sequence"),
    ("duplicate-argument", tf_rule.replace('  ip_protocol', '  type = "egress"\n  ip_protocol'), "already set"),
    ("missing-equals", tf_rule.replace('port_range        =', 'port_range'), "expected"),
    ("stray-brace", "locals {\n}\n}\n", "closes nothing", "3:1"),
    ("variable-type", 'variable "p" {\n  type    = number\n  default = "ssh"\n}\n'
                      + tf_rule.replace('"22/22"', '"${var.p}/${var.p}"'), "the type of var.p"),
    ("local-cycle", 'locals {\n  a = local.b\n  b = local.a\n}\n' + tf_rule.replace('"22/22"', 'local.a'), "refers to itself"),
    ("count-negative", tf_rule.replace('  type ', '  count = -1\n  type '), "count must be a whole number"),
    ("count-and-for-each", tf_rule.replace('  type ', '  count = 1\n  for_each = {}\n  type '), "both count and for_each"),
    ("duplicate-resource", 'resource "alicloud_security_group_rule" "r" {\n}\n' * 2, "already declared", "3:1"),
    ("type-error", tf_rule.replace('"22/22"', '1 + "x"'), "needs a number"),
    ("index-out-of-range", tf_rule.replace('"22/22"', '["22/22"][3]'), "outside the list"),
    ("function-arguments", tf_rule.replace('"22/22"', 'join("/")'), "join() takes at least 2 arguments"),
    ("deep-nesting", "a = " + "[" * 300 + "]" * 300 + "\n", "nested more than"),
    ("invalid-utf8", tf_rule.encode().replace(b"10.0.0.0/8", b"10.0.0.0/8\xff"), "UTF-8"),
    ("nul-bytes", tf_rule.replace("sg-1", "sg-1\x00"), "NUL byte"),
]
for name, text, expect, *where in hcl_cases:
    write(f"terraform-hcl-{name}.tf", text, "terraform-hcl", expect, *where)

# Setup plans.
plan_cases = [
    ("unknown-service", {"services": ["ssh", "ftp"], "sources": {"admin": ["10.0.0.1"]}}, "unknown service"),
    ("no-source", {"scheduler": "slurm", "sources": {}}, "needs sources"),
    ("bad-source", {"services": ["ssh"], "sources": {"admin": ["10.0.0.1/33"]}}, "prefix length"),
    ("bad-scope", {"services": ["ssh"], "sources": {"world": ["0.0.0.0/0"]}}, "is not a scope"),
    ("services-not-list", {"services": "ssh", "sources": 5}, "must be an object"),
    ("enterprise-group-ref", {"groupType": "enterprise", "scheduler": "slurm", "sources": {"cluster": ["sg-1"]}}, "enterprise security group"),
    ("bad-scheduler", {"scheduler": "lsf", "sources": {}}, "not a scheduler"),
    ("bad-group-type", {"groupType": "premium", "services": ["ssh"], "sources": {"admin": ["10.0.0.1"]}}, "not a group type"),
    ("bad-region", {"regionId": "Hangzhou", "services": ["ssh"], "sources": {"admin": ["10.0.0.1"]}}, "region id"),
    ("bad-custom-port", {"services": ["web"], "sources": {"users": ["10.0.0.1"]},
                         "customServices": [{"id": "web", "ports": ["80/sctp"], "scope": "users"}]}, "protocol must be tcp or udp"),
    ("bad-workbench-site", {"services": ["ssh"], "sources": {"admin": ["10.0.0.1"]},
                            "workbench": {"site": "europe", "via": ["public"]}}, "not a Workbench site"),
]
for name, plan, expect in plan_cases:
    write(f"plan-{name}.json", json.dumps(plan, indent=1), "plan", expect)
write("plan-truncated.json", '{"services": ["ssh"], "sources": {"admin": ["10.0', "plan", "not valid JSON")
write("plan-array.json", '["ssh", "nfs"]', "plan", "must be a JSON object")

with open(os.path.join(HERE, "expected.tsv"), "w") as f:
    f.write("# file\tformat\tthe first error line contains\tthe line:column it names, when given\n")
    for name, fmt, expect, where in rows:
        f.write(f"{name}\t{fmt}\t{expect}\t{where}\n" if where else f"{name}\t{fmt}\t{expect}\n")
print(f"{len(rows)} files")
