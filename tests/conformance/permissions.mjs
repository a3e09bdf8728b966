// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Shared by the fake ECS API and the SDK test: the rules of a request, as the API numbers them in
// its Permissions.N.Field parameters. Imports nothing, so the fake can use it without the tests'
// environment.

// [[N, {Field: value, ...}], ...] for the Permissions.N.* parameters of `params` (URLSearchParams or
// [key, value] pairs), in the order of N.
export function numberedPermissions(params) {
  const byIndex = new Map();
  for (const [key, value] of params) {
    const match = /^Permissions\.(\d+)\.(\w+)$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    if (!byIndex.has(index)) byIndex.set(index, {});
    byIndex.get(index)[match[2]] = value;
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b);
}
