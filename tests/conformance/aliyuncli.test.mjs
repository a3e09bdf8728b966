// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the `aliyun-cli` script with bash and a stub `aliyun` on PATH that records its arguments,
// and checks that the calls carry exactly the rule set and that no description ran anything.

import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {batches, check, cli, equal, finish, requestFields, ruleSets, tempDir} from './lib.mjs';

const dir = tempDir();
const bin = path.join(dir, 'bin');
fs.mkdirSync(bin);
fs.writeFileSync(path.join(bin, 'aliyun'), '#!/bin/bash\n{ printf \'CALL\\0\'; printf \'%s\\0\' "$@"; } >> "$STUB_LOG"\n', {mode: 0o755});
const pwned = '/tmp/sgassist-conformance-pwned';

// What the aliyun CLI understands from one call: "--Name value" or "--Name=value".
function parseCall(args) {
  const options = {};
  const positional = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const equals = a.indexOf('=');
    if (equals > 0) options[a.slice(2, equals)] = a.slice(equals + 1);
    else options[a.slice(2)] = args[++i];
  }
  return {positional, options};
}

let checked = 0;
for (const set of ruleSets(dir)) {
  fs.rmSync(pwned, {force: true});
  const script = path.join(dir, 'rules.sh');
  fs.writeFileSync(script, cli(['convert', set.file, '--to', 'aliyun-cli']));
  execFileSync('bash', ['-n', script]);
  const log = path.join(dir, 'calls.log');
  fs.rmSync(log, {force: true});
  execFileSync('bash', [script], {env: {...process.env, PATH: `${bin}:${process.env.PATH}`, STUB_LOG: log}, stdio: 'inherit'});
  const parts = fs.readFileSync(log, 'utf8').split('\0');
  parts.pop();
  const calls = [];
  for (const part of parts) {
    if (part === 'CALL') calls.push([]);
    else calls[calls.length - 1].push(part);
  }
  const expected = batches(set.permissions);
  equal(calls.length, expected.length, `${set.file}: one call per 100 permissions and direction`);
  for (let i = 0; i < Math.min(calls.length, expected.length); i += 1) {
    const {positional, options} = parseCall(calls[i]);
    equal(positional, ['ecs', expected[i].action], `${set.file}: call ${i + 1}`);
    const want = {RegionId: set.group.regionId, SecurityGroupId: set.group.securityGroupId};
    expected[i].permissions.forEach((p, n) => {
      for (const [field, value] of Object.entries(requestFields(p))) want[`Permissions.${n + 1}.${field}`] = value;
    });
    const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    equal(sorted(options), sorted(want), `${set.file}: call ${i + 1} arguments`);
    checked += expected[i].permissions.length;
  }
  check(!fs.existsSync(pwned), `${set.file}: a description ran a command`);
}
finish('aliyun-cli conformance', `${checked} permissions arrived verbatim through bash`);
