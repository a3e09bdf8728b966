// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Parses the `terraform` output with HashiCorp's HCL parser (@cdktf/hcl2json, the hcl library
// compiled to WebAssembly) and checks that every value reads back exactly as the rule set has it:
// no interpolation, no directive, no lost escape.

import {parse} from '@cdktf/hcl2json';
import {check, cli, equal, finish, isEgress, ruleSets, tempDir} from './lib.mjs';

// hcl2json prints strings in Terraform's JSON syntax, which is a template again: "$${" and "%%{"
// stand for literal "${" and "%{". Anything else starting a template means the HCL had one.
function literal(value, where) {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const rest = value.slice(i);
    if (rest.startsWith('$${') || rest.startsWith('%%{')) {
      out += rest[0] + '{';
      i += 2;
    } else if (rest.startsWith('${') || rest.startsWith('%{')) {
      check(false, `${where}: the HCL holds a template sequence: ${JSON.stringify(value)}`);
      return value;
    } else {
      out += value[i];
    }
  }
  return out;
}

// The arguments a permission must become (reference 4.4): lower-case protocol, cidr_ip for the
// destination of an egress rule, priority a number.
function expectedArguments(p, groupId) {
  const egress = isEgress(p);
  const side = egress ? 'Dest' : 'Source';
  const out = {
    type: egress ? 'egress' : 'ingress',
    ip_protocol: p.IpProtocol.toLowerCase(),
    port_range: p.PortRange,
    policy: p.Policy ?? 'accept',
    priority: Number(p.Priority ?? 1),
    nic_type: p.NicType ?? 'intranet',
    security_group_id: groupId,
  };
  const peers = [[`${side}CidrIp`, 'cidr_ip'], [`Ipv6${side}CidrIp`, 'ipv6_cidr_ip'],
    [`${side}GroupId`, 'source_security_group_id'], [`${side}PrefixListId`, 'prefix_list_id'],
    [`${side}GroupOwnerAccount`, 'source_group_owner_account']];
  for (const [field, argument] of peers) {
    if (p[field]) out[argument] = p[field];
  }
  // HCL reads every string in Unicode NFC (SG Assist warns when that changes a description).
  if (p.Description) out.description = p.Description.normalize('NFC');
  return out;
}

const canonical = (o) => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));

let checked = 0;
const dir = tempDir();
for (const set of ruleSets(dir)) {
  const hcl = cli(['convert', set.file, '--to', 'terraform']);
  let parsed;
  try {
    parsed = await parse('rules.tf', hcl);
  } catch (error) {
    check(false, `${set.file}: HCL does not parse: ${error.message}`);
    continue;
  }
  const resources = parsed.resource?.alicloud_security_group_rule ?? {};
  const names = Object.keys(resources);
  equal(names.length, set.permissions.length, `${set.file}: one resource per rule`);
  const got = [];
  for (const name of names) {
    check(/^[a-z][a-z0-9_]*$/.test(name), `${set.file}: resource name ${name}`);
    equal(resources[name].length, 1, `${set.file}: ${name} is one block`);
    const block = resources[name][0];
    const values = {};
    for (const [key, value] of Object.entries(block)) {
      values[key] = typeof value === 'string' ? literal(value, `${set.file}: ${name}.${key}`) : value;
    }
    got.push(canonical(values));
  }
  const want = set.permissions.map((p) => canonical(expectedArguments(p, set.group.securityGroupId)));
  got.sort();
  want.sort();
  for (let i = 0; i < Math.max(got.length, want.length); i += 1) {
    equal(got[i], want[i], `${set.file}: resource values (sorted) #${i + 1}`);
    checked += 1;
  }
}
finish('hcl conformance', `${checked} resources read back exactly by @cdktf/hcl2json`);
