// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Shared by the conformance tests: runs the built sgassist-cli, and knows what a rule set must
// look like on the wire, independently of SG Assist's own writers.

import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const cliPath = process.env.SGASSIST_CLI;
export const testData = process.env.SGASSIST_TEST_DATA;
if (!cliPath || !testData) {
  console.error('SGASSIST_CLI and SGASSIST_TEST_DATA must name the built CLI and tests/data (ctest sets them)');
  process.exit(2);
}

export function cli(args) {
  return execFileSync(cliPath, args, {encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe']});
}

export function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sgassist-conformance-'));
}

let failures = 0;
export function check(condition, message) {
  if (!condition) {
    failures += 1;
    console.error(`FAIL: ${message}`);
  }
}
export function equal(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, `${message}\n  actual:   ${a}\n  expected: ${e}`);
}
export function finish(name, checked) {
  if (failures > 0) {
    console.error(`${name}: ${failures} failure(s)`);
    process.exit(1);
  }
  console.log(`${name}: ok (${checked})`);
}

// The permission fields a rule carries in an API call: every non-empty field of the project or
// API file except the ones that are not request parameters.
const notParameters = new Set(['Direction', 'SecurityGroupRuleId', 'Services', 'CreateTime']);
export function requestFields(permission) {
  const out = {};
  for (const [key, value] of Object.entries(permission)) {
    if (notParameters.has(key) || value === '' || value === null || value === undefined) continue;
    out[key] = String(value);
  }
  return out;
}

export function isEgress(permission) {
  return String(permission.Direction ?? 'ingress').toLowerCase() === 'egress';
}

// Ingress then egress, at most 100 permissions a call: how SG Assist must batch a rule set.
export function batches(permissions) {
  const out = [];
  for (const egress of [false, true]) {
    const list = permissions.filter((p) => isEgress(p) === egress);
    for (let i = 0; i < list.length; i += 100) {
      out.push({action: egress ? 'AuthorizeSecurityGroupEgress' : 'AuthorizeSecurityGroup', permissions: list.slice(i, i + 100)});
    }
  }
  return out;
}

// Text that has broken exporters: shell, HCL template, JSON and spreadsheet syntax.
export const hostile = [
  "'; touch /tmp/sgassist-conformance-pwned; echo '",
  '$(id)', '`id`', '--Permissions.9.PortRange=1/65535', '-rf',
  '${var.x}', '%{ if true }x%{ endif }', '$${kept} %%{kept}', '$$${x}', '$', '%', '${', '%{',
  'double " quote', "single ' quote", 'back\\slash\\', 'tab\tnew\nline\rcr', '\u0001\u001f\u007f',
  '运维 SSH 访问', '=1+1', '+1', '@x', '\ttab first', ' spaced ', 'emoji \u{1F600}', 'a,b;c&d|e',
];

// A deterministic generator (mulberry32), so a failure can be replayed.
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Valid permissions with the API's field names and spellings: every peer kind, both directions,
// descriptions from the hostile list and random characters.
export function randomPermissions(seed, count) {
  const next = random(seed);
  const pick = (n) => Math.floor(next() * n);
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const egress = pick(5) === 0;
    const side = egress ? 'Dest' : 'Source';
    const protocol = ['TCP', 'TCP', 'UDP', 'ICMP', 'GRE', 'ALL'][pick(6)];
    const p = {Direction: egress ? 'egress' : 'ingress', IpProtocol: protocol};
    if (protocol === 'TCP' || protocol === 'UDP') {
      const first = 1 + pick(65535);
      p.PortRange = `${first}/${first + pick(65536 - first)}`;
    } else {
      p.PortRange = '-1/-1';
    }
    const kind = protocol === 'ICMP' ? pick(2) * 2 : pick(4);
    if (kind === 0) p[`${side}CidrIp`] = `${1 + pick(223)}.${pick(256)}.${pick(256)}.0/24`;
    else if (kind === 1) p[`Ipv6${side}CidrIp`] = `2001:db8:${pick(65536).toString(16)}::/48`;
    else if (kind === 2) p[`${side}GroupId`] = `sg-bp1${pick(1e6)}`;
    else p[`${side}PrefixListId`] = `pl-bp1${pick(1e6)}`;
    p.Policy = pick(4) === 0 ? 'drop' : 'accept';
    p.Priority = 1 + pick(100);
    p.NicType = pick(6) === 0 ? 'internet' : 'intranet';
    const style = pick(3);
    if (style === 1) p.Description = hostile[pick(hostile.length)];
    if (style === 2) {
      let text = '';
      const length = 1 + pick(60);
      for (let c = 0; c < length; c += 1) {
        const code = 0x20 + pick(0x2fe0);
        // Combining marks added in recent Unicode versions sort differently under NFC in Go's
        // (Terraform's) and ICU's tables: leave them out rather than test version skew.
        text += code >= 0x1ab0 && code <= 0x1aff ? 'x' : String.fromCodePoint(code);
      }
      p.Description = text;
    }
    out.push(p);
  }
  return out;
}

// Writes permissions as a DescribeSecurityGroupAttribute response for sgassist-cli to read.
export function writeApiJson(dir, name, group, permissions) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify({RegionId: group.regionId, SecurityGroupId: group.securityGroupId,
    Permissions: {Permission: permissions}}, null, 1));
  return file;
}

// The golden input: a project file with hostile descriptions in every rule.
export function goldenInput() {
  const file = path.join(testData, 'golden', 'input.sgassist');
  const project = JSON.parse(fs.readFileSync(file, 'utf8'));
  return {file, group: {regionId: project.group.RegionId, securityGroupId: project.group.SecurityGroupId}, permissions: project.rules};
}

// Rule sets every test sends through its client: the golden input and seeded random sets, one
// large enough to need three calls.
export function ruleSets(dir) {
  const sets = [goldenInput()];
  for (const [seed, count] of [[1, 40], [2, 260], [3, 7]]) {
    const group = {regionId: 'cn-hangzhou', securityGroupId: `sg-bp1seed${seed}`};
    const permissions = randomPermissions(seed, count);
    sets.push({file: writeApiJson(dir, `seed${seed}.json`, group, permissions), group, permissions});
  }
  return sets;
}
