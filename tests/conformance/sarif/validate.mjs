// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs `sgassist-cli check --report sarif` on each input and validates the log with Microsoft's
// SARIF Multitool (the version pinned in package-lock.json). Fails on any error-level result or
// tool notification; warnings are printed for information.
//
//   node validate.mjs SGASSIST_CLI NODE_PREFIX INPUT...
//
// An INPUT of the form RULES+BASELINE is checked with --baseline BASELINE (suppressed results).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [cli, prefix, ...inputs] = process.argv.slice(2);
if (!cli || !prefix || inputs.length === 0) {
  console.error('usage: node validate.mjs SGASSIST_CLI NODE_PREFIX INPUT...');
  process.exit(2);
}
const multitool = join(prefix, 'node_modules', '.bin', 'sarif-multitool');
const work = mkdtempSync(join(tmpdir(), 'sgassist-sarif-'));
let errors = 0;

inputs.forEach((input, i) => {
  const log = join(work, `check-${i}.sarif`);
  const [rules, baseline] = input.split('+');
  const extra = baseline ? ['--baseline', baseline] : [];
  const check = spawnSync(cli, ['check', rules, ...extra, '--report', 'sarif', '--fail-on', 'never', '-o', log], { encoding: 'utf8' });
  if (check.status !== 0) {
    console.error(`FAIL ${input}: sgassist-cli exited ${check.status}\n${check.stderr}`);
    errors++;
    return;
  }
  const report = join(work, `validation-${i}.sarif`);
  const validate = spawnSync(multitool, ['validate', log, '--output', report], { encoding: 'utf8' });
  if (validate.status !== 0) {
    console.error(`FAIL ${input}: the Multitool exited ${validate.status}\n${validate.stdout}\n${validate.stderr}`);
    errors++;
    return;
  }
  const run = JSON.parse(readFileSync(report, 'utf8')).runs[0];
  const notifications = (run.invocations ?? []).flatMap((inv) => [
    ...(inv.toolExecutionNotifications ?? []),
    ...(inv.toolConfigurationNotifications ?? []),
  ]);
  const problems = [...(run.results ?? []), ...notifications];
  let warnings = 0;
  for (const result of problems) {
    const level = result.level ?? 'warning';
    const text = result.message?.text ?? JSON.stringify(result.message?.arguments ?? result.message);
    const id = result.ruleId ?? result.descriptor?.id ?? '';
    if (level === 'error') {
      console.error(`FAIL ${input}: ${id} ${text}`);
      errors++;
    } else if (level === 'warning') {
      console.log(`warning ${input}: ${id} ${text}`);
      warnings++;
    }
  }
  console.log(`${input}: valid SARIF 2.1.0 (${warnings} warnings)`);
});

process.exit(errors === 0 ? 0 : 1);
