// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Proves SG Assist's own HCL parser against HashiCorp's (@cdktf/hcl2json, the hcl library compiled
// to WebAssembly): every .tf file of the test data and a few hundred generated files (every
// construct, hostile strings, comments everywhere, heredocs, nested blocks) must read to the same
// attribute values, compared as the JSON hcl2json prints (sgassist-hcl-dump prints what SG Assist
// read in that shape). Files HashiCorp's parser refuses must be refused too.

import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {parse} from '@cdktf/hcl2json';
import {check, equal, finish, hostile, random, tempDir, testData} from './lib.mjs';

const dump = process.env.SGASSIST_HCL_DUMP;
if (!dump) {
  console.error('SGASSIST_HCL_DUMP must name the built sgassist-hcl-dump (ctest sets it)');
  process.exit(2);
}

// JSON with object keys sorted, so that key order does not matter.
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function ours(file) {
  try {
    return {ok: true, value: JSON.parse(execFileSync(dump, [file], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}))};
  } catch (error) {
    return {ok: false, message: String(error.stderr ?? error.message).trim()};
  }
}

async function theirs(file) {
  try {
    return {ok: true, value: await parse(path.basename(file), fs.readFileSync(file, 'utf8'))};
  } catch (error) {
    return {ok: false, message: String(error.message ?? error)};
  }
}

// Text with "${" and "%{" doubled, so that nothing in it starts a template sequence. (split/join:
// replaceAll would read "$$" in its replacement as one "$".)
function literal(text) {
  return text.split('${').join('$${').split('%{').join('%%{');
}

// An HCL quoted string for any text: escapes, and "${" / "%{" doubled so that nothing interpolates.
function quote(text) {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${literal(out)}"`;
}

// A generated file: blocks and attributes of every kind, comments between and after them.
function generate(seed) {
  const next = random(seed);
  const pick = (n) => Math.floor(next() * n);
  const choose = (list) => list[pick(list.length)];
  const words = ['web', 'ssh', 'db', 'hpc', 'x', 'rule_1', 'a-b'];
  const text = () => {
    if (pick(3) === 0) return choose(hostile);
    let s = '';
    for (let i = 0, n = 1 + pick(12); i < n; i += 1) s += choose(['a', 'Z', ' ', '/', '0', 'é', 'e\u0301', '运', '$', '%', '{', '}', '~', '\\', '"']);
    return s;
  };
  const comment = () => choose(['', '', `# ${words[pick(words.length)]}`, '// note', '/* block */']);
  const reference = () => choose([`var.${choose(words).replace('-', '_')}`, 'local.ports[0]', 'alicloud_security_group.web.id',
    'data.alicloud_zones.default.zones[0].id', 'var.list[*].id', 'count.index', 'each.value']);
  const expression = (depth) => {
    // Heredocs only as whole values: their closing marker must end its line.
    switch (pick(depth > 2 ? 8 : 16)) {
      case 0: return String(pick(100000));
      case 1: return `-${pick(1000)}`;
      case 2: return `${pick(100)}.${1 + pick(99)}`;
      case 3: return choose(['true', 'false', 'null']);
      case 4: case 5: return quote(text());
      case 6: return `"${choose(['pre-', '', 'x/'])}\${${reference()}}${choose(['', '/32', '-post'])}"`;
      case 7: return reference();
      case 8: {
        const items = Array.from({length: pick(4)}, () => expression(depth + 1));
        return `[${items.join(', ')}${items.length && pick(2) ? ',' : ''}]`;
      }
      case 9: {
        const keys = new Set();
        const lines = [];
        for (let i = 0, n = pick(4); i < n; i += 1) {
          let key = choose(['a', 'b', 'port', 'cidr']);
          if (keys.has(key)) continue;
          keys.add(key);
          if (pick(3) === 0) key = `"${key} ${i}"`;
          lines.push(`${key} ${pick(2) ? '=' : ':'} ${expression(depth + 1)}`);
        }
        return pick(2) ? `{ ${lines.join(', ')} }` : `{\n${lines.map((l) => `    ${l}`).join('\n')}\n  }`;
      }
      case 10: return `format("%s/%d", ${reference()}, ${pick(65536)})`;
      case 11: return `${reference()} == "x" ? ${expression(depth + 1)} : ${expression(depth + 1)}`;
      case 12: {
        if (depth > 0) return quote(text());
        const lines = Array.from({length: 1 + pick(4)}, () => `${' '.repeat(pick(6))}${literal(text().replace(/[\n\r]/g, ' '))}`);
        if (pick(3) === 0) lines.push('');
        if (pick(2) === 0) lines.push(`  port \${${reference()}}`);
        const flush = pick(2) === 0;
        return `<<${flush ? '-' : ''}EOT\n${lines.join('\n')}\n${flush ? '    ' : ''}EOT`;
      }
      case 13: return `[for x in ${reference()} : upper(x)${pick(2) ? ' if x != ""' : ''}]`;
      case 14: return `${pick(10)} + ${pick(10)} * ${pick(10)}`;
      default: return `join("/", [${quote(String(pick(100)))}, ${reference()}])`;
    }
  };
  const body = (depth, indent) => {
    const out = [];
    const names = new Set();
    for (let i = 0, n = 1 + pick(6); i < n; i += 1) {
      const name = choose(['type', 'ip_protocol', 'port_range', 'cidr_ip', 'priority', 'description', 'count', 'tags', 'value']);
      if (names.has(name)) continue;
      names.add(name);
      const before = comment();
      if (before) out.push(`${indent}${before}`);
      const value = expression(0);
      const trailing = pick(3) === 0 && !value.startsWith('<<') ? ' # trailing' : '';
      out.push(`${indent}${name} = ${value}${trailing}`);
    }
    if (depth < 2) {
      for (let i = 0, n = pick(3); i < n; i += 1) {
        out.push(`${indent}${choose(['lifecycle', 'inner', 'timeouts'])} {`);
        out.push(...body(depth + 1, `${indent}  `));
        out.push(`${indent}}`);
      }
    }
    return out;
  };
  const lines = ['# generated'];
  for (let i = 0, n = 1 + pick(5); i < n; i += 1) {
    const kind = pick(4);
    if (kind === 0) lines.push(`resource "alicloud_security_group_rule" "r${i}" {`);
    else if (kind === 1) lines.push(`variable "v${i}" {`);
    else if (kind === 2) lines.push('locals {');
    else lines.push(`data "alicloud_zones" z${i} {`);
    lines.push(...body(kind === 2 ? 2 : 0, '  '));
    lines.push('}', '');
  }
  return lines.join(pick(4) === 0 ? '\r\n' : '\n');
}

// Broken files both parsers must refuse.
const broken = [
  'a = "unterminated\n',
  'a = [1 2]\n',
  'resource "x" "y" {\n  a = 1\n',
  'a = <<EOT\nnever closed\n',
  '}\n',
  'a = 1 +\n',
  'a = "${var.x"\n',
  'block { a = 1 b = 2 }\n',
  "a = 'single'\n",
  'a = "\\q"\n',
];

function tfFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tfFiles(full));
    else if (entry.name.endsWith('.tf') || entry.name.endsWith('.tfvars')) out.push(full);
  }
  return out.sort();
}

const dir = tempDir();
const files = tfFiles(testData);
for (let seed = 1; seed <= 300; seed += 1) {
  const file = path.join(dir, `generated-${seed}.tf`);
  fs.writeFileSync(file, generate(seed));
  files.push(file);
}
let compared = 0;
for (const file of files) {
  const [a, b] = [ours(file), await theirs(file)];
  if (!b.ok) {
    // The test data holds broken files on purpose: whatever HashiCorp refuses, SG Assist must too.
    check(!a.ok, `${file}: hcl2json refuses it (${b.message}) but SG Assist reads it`);
    continue;
  }
  // SG Assist refuses a few things on purpose that hcl2json takes: an argument set twice (Terraform
  // refuses it later), nesting beyond its bound, text that is not UTF-8 or holds NUL bytes (node
  // reads those with replacement characters).
  const deliberate = ['already set', 'nested more than', 'not valid UTF-8', 'NUL byte'];
  if (!a.ok && (file.includes(`${path.sep}broken${path.sep}`) || deliberate.some((m) => a.message.includes(m)))) continue;
  check(a.ok, `${file}: SG Assist refuses what hcl2json reads: ${a.message}`);
  if (a.ok) {
    equal(canonical(a.value), canonical(b.value), `${file}: the attribute values read`);
    compared += 1;
  }
}
for (const [i, text] of broken.entries()) {
  const file = path.join(dir, `broken-${i}.tf`);
  fs.writeFileSync(file, text);
  const [a, b] = [ours(file), await theirs(file)];
  check(!b.ok, `broken-${i}: hcl2json reads ${JSON.stringify(text)}`);
  check(!a.ok, `broken-${i}: SG Assist reads ${JSON.stringify(text)}`);
}
finish('hcl reader conformance', `${compared} files read the same by SG Assist and @cdktf/hcl2json, ${broken.length} broken ones refused by both`);
