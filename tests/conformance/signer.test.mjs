// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// SG Assist's V3 signer (AcsSigner) against the official SDK's own: thousands of generated
// requests (Chinese text, '*', '~', '+', spaces, empty values, header names in any case, bodies,
// STS tokens) signed by both must give the same Authorization header. Then the real ECS SDK
// talks to fake-ecs.mjs, proving that the fake's signature check accepts what Alibaba's own
// client sends and that its answers have the shape the SDK reads.

import {execFileSync, spawn} from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';
import {fileURLToPath} from 'node:url';
import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import * as $OpenApi from '@alicloud/openapi-core';
import OpenApiUtilLegacy from '@alicloud/openapi-util';
import {check, equal, finish, hostile, random} from './lib.mjs';

const signer = process.env.SGASSIST_SIGN_REQUESTS;
if (!signer) {
  console.error('SGASSIST_SIGN_REQUESTS must name the built sgassist-sign-requests (ctest sets it)');
  process.exit(2);
}
const {OpenApiUtil} = $OpenApi;
const legacyUtil = OpenApiUtilLegacy.default ?? OpenApiUtilLegacy;

// ---- 1. our signer against getAuthorization over generated requests --------------------------

const next = random(20261101);
const pick = (list) => list[Math.floor(next() * list.length)];
const values = [...hostile, '', ' ', '*', '~', '+', '%', '%20', 'a b', '*~+ %', '运维', '中文 描述*', 'Ü', '\u00a0', '=&?#/',
  '-1/-1', '0.0.0.0/0', '2001:db8::/32', 'sg-bp1x', '["sg-1","sg-2"]'];
const names = ['RegionId', 'SecurityGroupId', 'ClientToken', 'MaxResults', 'NextToken', 'SecurityGroupIds', 'Direction',
  'SecurityGroupRuleId.1', 'SecurityGroupRuleId.10', 'SecurityGroupRuleId.2'];
for (let n = 1; n <= 12; n += 1) {
  for (const field of ['IpProtocol', 'PortRange', 'SourceCidrIp', 'Description', 'Priority']) names.push(`Permissions.${n}.${field}`);
}
const randomText = () => {
  let text = '';
  const length = Math.floor(next() * 20);
  for (let i = 0; i < length; i += 1) {
    const code = next() < 0.7 ? 0x20 + Math.floor(next() * 0x5f) : 0xa0 + Math.floor(next() * 0xd700);
    text += String.fromCodePoint(code >= 0xd800 && code <= 0xdfff ? 0x4e00 : code);
  }
  return text;
};
const randomCase = (name) => [...name].map((c) => (next() < 0.3 ? c.toUpperCase() : c)).join('');

const requests = [];
for (let i = 0; i < 3000; i += 1) {
  const query = new Map();
  const count = Math.floor(next() * 14);
  for (let q = 0; q < count; q += 1) query.set(pick(names), next() < 0.5 ? pick(values) : randomText());
  const body = next() < 0.2 ? `RegionId=cn-hangzhou&Description=${encodeURIComponent(randomText())}` : '';
  const headers = [
    ['host', pick(['ecs.cn-hangzhou.aliyuncs.com', '127.0.0.1:8080', 'ecs-cn-hangzhou.aliyuncs.com'])],
    ['x-acs-action', pick(['DescribeSecurityGroupAttribute', 'AuthorizeSecurityGroup', 'RevokeSecurityGroupEgress'])],
    ['x-acs-version', '2014-05-26'],
    ['x-acs-date', new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 1e10)).toISOString().replace(/\.\d+Z$/, 'Z')],
    ['x-acs-signature-nonce', crypto.randomBytes(16).toString('hex')],
    ['x-acs-content-sha256', crypto.createHash('sha256').update(body).digest('hex')],
    ['user-agent', 'not signed'],
    ['accept', 'application/json'],
  ];
  if (body || next() < 0.1) headers.push(['content-type', pick(['application/x-www-form-urlencoded', ' application/json; charset=utf-8 '])]);
  if (next() < 0.2) headers.push(['x-acs-security-token', `CAIS${crypto.randomBytes(24).toString('base64')}`]);
  if (next() < 0.1) headers.push(['x-acs-accesskey-id', 'LTAIextra']);
  requests.push({
    method: pick(['POST', 'POST', 'GET']),
    path: '/',
    query: [...query.entries()],
    headers: headers.map(([name, value]) => [randomCase(name), value]),
    body,
    keyId: `LTAI${crypto.randomBytes(8).toString('hex')}`,
    secret: crypto.randomBytes(15).toString('base64'),
  });
}
// Alibaba's published example is among them.
requests.push({method: 'POST', path: '/',
  query: [['ImageId', 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd'], ['RegionId', 'cn-shanghai']],
  headers: [['host', 'ecs.cn-shanghai.aliyuncs.com'], ['x-acs-action', 'RunInstances'], ['x-acs-version', '2014-05-26'],
    ['x-acs-date', '2023-10-26T10:22:32Z'], ['x-acs-signature-nonce', '3156853299f313e23d1673dc12e1703d'],
    ['x-acs-content-sha256', crypto.createHash('sha256').update('').digest('hex')]],
  body: '', keyId: 'YourAccessKeyId', secret: 'YourAccessKeySecret'});

const ours = JSON.parse(execFileSync(signer, [], {input: JSON.stringify(requests), maxBuffer: 256 << 20, encoding: 'utf8'}));
equal(ours.length, requests.length, 'one signature per request');
let compared = 0;
for (let i = 0; i < requests.length; i += 1) {
  const r = requests[i];
  const sdkRequest = {pathname: r.path, method: r.method, query: Object.fromEntries(r.query), headers: Object.fromEntries(r.headers)};
  const payload = r.headers.find(([name]) => name.toLowerCase() === 'x-acs-content-sha256')[1];
  const expected = OpenApiUtil.getAuthorization(sdkRequest, 'ACS3-HMAC-SHA256', payload, r.keyId, r.secret);
  check(ours[i].authorization === expected,
    `request ${i}: ours ${ours[i].authorization}\n  SDK  ${expected}\n  canonical request (ours): ${JSON.stringify(ours[i].canonicalRequest)}`);
  const legacy = legacyUtil.getAuthorization(sdkRequest, 'ACS3-HMAC-SHA256', payload, r.keyId, r.secret);
  check(ours[i].authorization === legacy, `request ${i}: @alicloud/openapi-util disagrees: ${legacy}`);
  compared += 1;
}
check(ours[ours.length - 1].authorization.endsWith('06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0'),
  'the published example');

// ---- 2. the real ECS SDK against fake-ecs.mjs ------------------------------------------------

const here = path.dirname(fileURLToPath(import.meta.url));
const fake = spawn(process.execPath, [path.join(here, 'fake-ecs.mjs')], {stdio: ['pipe', 'pipe', 'inherit']});
const {port} = JSON.parse(await new Promise((resolve) => readline.createInterface({input: fake.stdout}).once('line', resolve)));
const control = (route, body) => fetch(`http://127.0.0.1:${port}/__control/${route}`,
  body === undefined ? {} : {method: 'POST', body: JSON.stringify(body)}).then((r) => r.json());
await control('state', {accessKeys: {LTAIsdkKey: {secret: 'sdkSecret'}},
  regions: {'cn-hangzhou': {groups: [{SecurityGroupId: 'sg-bp1sdk', Permissions: []}]}}});

const EcsClient = Ecs.default ?? Ecs;
const client = (secret) => new EcsClient(new $OpenApi.$OpenApiUtil.Config({
  accessKeyId: 'LTAIsdkKey', accessKeySecret: secret, endpoint: `127.0.0.1:${port}`, protocol: 'HTTP', regionId: 'cn-hangzhou'}));
const sdk = client('sdkSecret');
const description = '运维 SSH *~ a+b %41';
await sdk.authorizeSecurityGroup(new $Ecs.AuthorizeSecurityGroupRequest({regionId: 'cn-hangzhou', securityGroupId: 'sg-bp1sdk',
  clientToken: 'sdk-1', permissions: [new $Ecs.AuthorizeSecurityGroupRequestPermissions({ipProtocol: 'TCP', portRange: '22/22',
    sourceCidrIp: '10.0.0.0/8', description})]}));
const read = await sdk.describeSecurityGroupAttribute(new $Ecs.DescribeSecurityGroupAttributeRequest({regionId: 'cn-hangzhou',
  securityGroupId: 'sg-bp1sdk'}));
const rules = read.body.permissions.permission;
equal(rules.length, 1, 'the SDK reads the rule it added through the fake');
equal(rules[0].description, description, 'the description survives');
check(/^sgr-/.test(rules[0].securityGroupRuleId), 'the rule has an id');
let refused = null;
try {
  await client('wrongSecret').describeSecurityGroups(new $Ecs.DescribeSecurityGroupsRequest({regionId: 'cn-hangzhou'}));
} catch (error) {
  refused = error;
}
equal(refused?.code, 'SignatureDoesNotMatch', 'a wrong secret is refused with the API\'s code, as the SDK reads it');
const log = await control('log');
equal(log.map((e) => e.status), [200, 200, 400], 'every SDK request reached the fake');
fake.stdin.end();

finish('signer', `${compared} requests signed alike by SG Assist and the SDK; the SDK accepted by the fake ECS API`);
