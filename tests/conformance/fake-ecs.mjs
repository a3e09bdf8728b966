// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A fake ECS API (2014-05-26, RPC style) on 127.0.0.1 for SG Assist's tests: it checks every
// request's V3 signature with Alibaba's own code (@alicloud/openapi-core's getAuthorization, so
// the check is independent of SG Assist's signer), keeps state (groups, rules with ids, network
// interfaces), pages every Describe action, honours ClientToken, and fails on demand: throttling,
// 5xx, a dropped connection (before or after the write took effect), a hang, a wrong key.
//
//   node fake-ecs.mjs            prints {"port": N} on its first line, then serves until its
//                                standard input closes (the test that started it ended) or
//                                MAX_LIFETIME_MS passed.
//
// Control (unsigned, loopback only; tests/conformance/fakeecs.h wraps it for Qt tests):
//   POST /__control/state      replace the state (and empty the log and the failure queue): {"accessKeys": {"ID": {"secret", "securityToken"?}},
//                              "regions": {"cn-hangzhou": {"groups": [...], "networkInterfaces": [...]}},
//                              "maxPageSize": N}; rules without SecurityGroupRuleId get one
//   GET  /__control/state      the state as it is now
//   POST /__control/failures   append [{"action": "AuthorizeSecurityGroup" | "write" | "*", "kind": "throttling" |
//                              "unavailable" | "internal" | "drop" | "drop-after" | "hang" | "html",
//                              "times": 1}]
//   GET  /__control/log        every API request received: {action, params, status, code}

import crypto from 'node:crypto';
import http from 'node:http';
import {OpenApiUtil} from '@alicloud/openapi-core';
import {numberedPermissions} from './permissions.mjs';

const MAX_LIFETIME_MS = 15 * 60 * 1000;
const API_VERSION = '2014-05-26';
const ALGORITHM = 'ACS3-HMAC-SHA256';

let state = {accessKeys: {}, regions: {}, maxPageSize: 0};
let failures = [];
let log = [];
const nonces = new Set();
const idempotency = new Map(); // ClientToken -> {action, fingerprint, body}
let nextRuleId = 1;

// ---- errors as the API sends them (reference 6.1) -------------------------------------------

class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
const fail = (status, code, message) => { throw new ApiError(status, code, message); };
const requestId = () => crypto.randomUUID().toUpperCase();

// ---- state helpers ---------------------------------------------------------------------------

const ruleFields = ['IpProtocol', 'PortRange', 'SourcePortRange', 'SourceCidrIp', 'Ipv6SourceCidrIp', 'SourceGroupId',
  'SourceGroupOwnerAccount', 'SourcePrefixListId', 'DestCidrIp', 'Ipv6DestCidrIp', 'DestGroupId', 'DestGroupOwnerAccount',
  'DestPrefixListId', 'Policy', 'Priority', 'NicType', 'Description'];

// A rule as DescribeSecurityGroupAttribute prints it: every field, "" when unset, capitalised
// policy, numeric priority (reference 4.1).
function storedRule(fields, direction, id) {
  const rule = {SecurityGroupRuleId: id ?? `sgr-fake${String(nextRuleId++).padStart(6, '0')}`, Direction: direction};
  for (const name of ruleFields) rule[name] = '';
  for (const [name, value] of Object.entries(fields)) {
    const known = ruleFields.find((f) => f.toLowerCase() === name.toLowerCase());
    if (known) rule[known] = value;
  }
  rule.IpProtocol = String(rule.IpProtocol).toUpperCase() === 'ICMPV6' ? 'ICMPv6' : String(rule.IpProtocol).toUpperCase();
  const policy = String(rule.Policy || 'accept').toLowerCase();
  rule.Policy = policy === 'drop' ? 'Drop' : 'Accept';
  rule.Priority = Number(rule.Priority || 1);
  rule.NicType = String(rule.NicType || 'intranet').toLowerCase();
  rule.Description = String(rule.Description ?? '');
  rule.CreateTime = rule.CreateTime || new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return rule;
}

// What makes two rules the same rule for the API: everything but the id, description and time.
// Unconfirmed: whether the API counts a rule that differs only in its description as already
// present; the fake takes the stricter reading (it does), which SG Assist's plan must survive.
function effect(rule) {
  return JSON.stringify([rule.Direction, ...ruleFields.filter((f) => f !== 'Description').map((f) => String(rule[f]).toLowerCase())]);
}

function setState(next) {
  state = {accessKeys: next.accessKeys ?? {}, regions: {}, maxPageSize: next.maxPageSize ?? 0};
  for (const [regionId, region] of Object.entries(next.regions ?? {})) {
    state.regions[regionId] = {
      groups: (region.groups ?? []).map((g) => ({
        SecurityGroupId: g.SecurityGroupId,
        SecurityGroupName: g.SecurityGroupName ?? '',
        Description: g.Description ?? '',
        VpcId: g.VpcId ?? '',
        SecurityGroupType: g.SecurityGroupType ?? 'normal',
        InnerAccessPolicy: g.InnerAccessPolicy ?? 'Accept',
        Permissions: (g.Permissions ?? []).map((p) => storedRule(p, String(p.Direction ?? 'ingress').toLowerCase(), p.SecurityGroupRuleId || undefined)),
      })),
      networkInterfaces: region.networkInterfaces ?? [],
    };
  }
}

function region(params) {
  const regionId = params.get('RegionId');
  if (!regionId) fail(400, 'MissingParameter.RegionId', 'The input parameter "RegionId" that is mandatory for processing this request is not supplied.');
  const found = state.regions[regionId];
  if (!found) fail(404, 'InvalidRegionId.NotFound', 'The specified RegionId does not exist.');
  return found;
}

function group(params) {
  const r = region(params);
  const id = params.get('SecurityGroupId');
  if (!id) fail(400, 'MissingParameter.SecurityGroupId', 'The input parameter "SecurityGroupId" that is mandatory for processing this request is not supplied.');
  const found = r.groups.find((g) => g.SecurityGroupId === id);
  if (!found) fail(404, 'InvalidSecurityGroupId.NotFound', 'The specified SecurityGroupId does not exist.');
  return found;
}

// MaxResults + NextToken paging; the token is opaque to clients.
function page(params, items, min, max, fallback) {
  let size = fallback;
  if (params.has('MaxResults')) {
    size = Number(params.get('MaxResults'));
    if (!Number.isInteger(size) || size < min || size > max) fail(400, 'InvalidParameter.MaxResults', `MaxResults must be from ${min} to ${max}.`);
  }
  if (state.maxPageSize > 0) size = Math.min(size, state.maxPageSize);
  let start = 0;
  const token = params.get('NextToken');
  if (token) {
    const decoded = /^fake-(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
    if (!decoded || Number(decoded[1]) > items.length) fail(400, 'InvalidNextToken.Malformed', 'The specified NextToken is invalid.');
    start = Number(decoded[1]);
  }
  const end = Math.min(items.length, start + size);
  return {items: items.slice(start, end), NextToken: end < items.length ? Buffer.from(`fake-${end}`).toString('base64') : ''};
}

// ---- actions ---------------------------------------------------------------------------------

function permissionsOf(params) {
  const permissions = numberedPermissions(params);
  const indexes = permissions.map(([index]) => index);
  if (indexes.length === 0) fail(400, 'MissingParameter.Permissions', 'The input parameter "Permissions" that is mandatory for processing this request is not supplied.');
  if (indexes.length > 100 || indexes[indexes.length - 1] > 100) fail(400, 'InvalidParam.Permissions', 'At most 100 permissions can be given in one call.');
  return permissions.map(([, permission]) => permission);
}

function checkRule(rule, ingress) {
  if (!['TCP', 'UDP', 'ICMP', 'ICMPV6', 'GRE', 'ALL'].includes(rule.IpProtocol.toUpperCase())) fail(400, 'InvalidIpProtocol.ValueNotSupported', 'The specified IpProtocol is not supported.');
  if (!/^-?\d+\/-?\d+$/.test(rule.PortRange)) fail(400, 'InvalidPortRange.Malformed', 'The specified parameter PortRange is not valid.');
  if (!['accept', 'drop'].includes(rule.Policy.toLowerCase())) fail(400, 'InvalidPolicy.Malformed', 'The specified Policy is not valid.');
  if (!(rule.Priority >= 1 && rule.Priority <= 100)) fail(400, 'InvalidPriority.ValueNotSupported', 'The specified Priority is not valid.');
  const side = ingress ? ['SourceCidrIp', 'Ipv6SourceCidrIp', 'SourceGroupId', 'SourcePrefixListId'] : ['DestCidrIp', 'Ipv6DestCidrIp', 'DestGroupId', 'DestPrefixListId'];
  if (!side.some((f) => rule[f])) fail(400, ingress ? 'MissingParameter.Source' : 'MissingParameter.Dest', 'The source or destination of the rule is missing.');
}

function authorize(params, direction) {
  const g = group(params);
  const rules = permissionsOf(params).map((p) => storedRule(p, direction));
  for (const rule of rules) checkRule(rule, direction === 'ingress');
  for (const rule of rules) {
    // An identical rule that already exists is accepted but adds nothing (reference 1).
    if (!g.Permissions.some((existing) => effect(existing) === effect(rule))) g.Permissions.push(rule);
  }
  return {};
}

function ruleIdsOf(params) {
  const ids = [];
  for (const [key, value] of params) {
    const match = /^SecurityGroupRuleId\.(\d+)$/.exec(key);
    if (match) ids.push({index: Number(match[1]), value});
  }
  if (ids.length > 100) fail(400, 'InvalidParam.SecurityGroupRuleId', 'At most 100 rule ids can be given in one call.');
  return ids.sort((a, b) => a.index - b.index).map((i) => i.value);
}

function revoke(params, direction) {
  const g = group(params);
  const ids = ruleIdsOf(params);
  if (ids.length === 0) fail(400, 'MissingParameter.SecurityGroupRuleId', 'Give the rules to revoke as SecurityGroupRuleId.N.');
  // Unconfirmed: the code and status the API gives for a rule id that is not (or no longer) in the
  // group; the fake refuses the whole call, the stricter reading.
  for (const id of ids) {
    const rule = g.Permissions.find((r) => r.SecurityGroupRuleId === id);
    if (!rule || rule.Direction !== direction) fail(404, 'InvalidSecurityGroupRuleId.NotFound', `The specified rule ${id} does not exist in this direction.`);
  }
  g.Permissions = g.Permissions.filter((r) => !ids.includes(r.SecurityGroupRuleId));
  return {};
}

function modify(params, direction) {
  const g = group(params);
  const id = params.get('SecurityGroupRuleId');
  const rule = g.Permissions.find((r) => r.SecurityGroupRuleId === id);
  if (!rule || rule.Direction !== direction) fail(404, 'InvalidSecurityGroupRuleId.NotFound', `The specified rule ${id} does not exist in this direction.`);
  const changed = {...rule};
  for (const field of ruleFields) {
    if (field === 'NicType') continue; // cannot be changed (reference 6.2)
    if (params.has(field) && params.get(field) !== '') changed[field] = params.get(field);
  }
  const normal = storedRule(changed, direction, id);
  normal.CreateTime = rule.CreateTime;
  checkRule(normal, direction === 'ingress');
  Object.assign(rule, normal);
  return {};
}

const actions = {
  DescribeSecurityGroups(params) {
    let groups = region(params).groups;
    if (params.has('SecurityGroupIds')) {
      let wanted;
      try { wanted = JSON.parse(params.get('SecurityGroupIds')); } catch { wanted = null; }
      if (!Array.isArray(wanted) || wanted.length > 100) fail(400, 'InvalidSecurityGroupIds.Malformed', 'SecurityGroupIds must be a JSON array of at most 100 ids.');
      groups = groups.filter((g) => wanted.includes(g.SecurityGroupId));
    }
    const p = page(params, groups, 1, 100, 10);
    return {RegionId: params.get('RegionId'), NextToken: p.NextToken, SecurityGroups: {SecurityGroup: p.items.map((g) => ({
      SecurityGroupId: g.SecurityGroupId, SecurityGroupName: g.SecurityGroupName, Description: g.Description, VpcId: g.VpcId,
      SecurityGroupType: g.SecurityGroupType, RuleCount: g.Permissions.length, CreationTime: '2026-01-01T00:00:00Z'}))}};
  },
  DescribeSecurityGroupAttribute(params) {
    const g = group(params);
    const direction = (params.get('Direction') || 'all').toLowerCase();
    const rules = g.Permissions.filter((r) => direction === 'all' || r.Direction === direction);
    const p = page(params, rules, 10, 1000, 500);
    return {RegionId: params.get('RegionId'), SecurityGroupId: g.SecurityGroupId, SecurityGroupName: g.SecurityGroupName,
      Description: g.Description, VpcId: g.VpcId, InnerAccessPolicy: g.InnerAccessPolicy, NextToken: p.NextToken,
      Permissions: {Permission: p.items}};
  },
  DescribeNetworkInterfaces(params) {
    const p = page(params, region(params).networkInterfaces, 10, 500, 10);
    return {NextToken: p.NextToken, NetworkInterfaceSets: {NetworkInterfaceSet: p.items}};
  },
  AuthorizeSecurityGroup: (params) => authorize(params, 'ingress'),
  AuthorizeSecurityGroupEgress: (params) => authorize(params, 'egress'),
  RevokeSecurityGroup: (params) => revoke(params, 'ingress'),
  RevokeSecurityGroupEgress: (params) => revoke(params, 'egress'),
  ModifySecurityGroupRule: (params) => modify(params, 'ingress'),
  ModifySecurityGroupEgressRule: (params) => modify(params, 'egress'),
};
const writes = new Set(['AuthorizeSecurityGroup', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroup', 'RevokeSecurityGroupEgress',
  'ModifySecurityGroupRule', 'ModifySecurityGroupEgressRule']);

// ---- the signature check: Alibaba's own code computes what the header must be -----------------

function checkSignature(request, url, body) {
  const headers = request.headers;
  if (headers['x-acs-version'] !== API_VERSION) fail(400, 'InvalidVersion', `Specified parameter Version is not valid (expected ${API_VERSION}).`);
  if (!headers['x-acs-action']) fail(400, 'MissingParameter.Action', 'The x-acs-action header is missing.');
  const date = headers['x-acs-date'] ?? '';
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(date)) fail(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
  if (Math.abs(Date.parse(date) - Date.now()) > 15 * 60 * 1000) fail(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  const nonce = headers['x-acs-signature-nonce'];
  if (!nonce) fail(400, 'MissingParameter.SignatureNonce', 'The x-acs-signature-nonce header is missing.');
  if (nonces.has(nonce)) fail(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
  nonces.add(nonce);
  const payloadHash = crypto.createHash('sha256').update(body).digest('hex');
  if (headers['x-acs-content-sha256'] !== payloadHash) fail(400, 'SignatureDoesNotMatch', 'x-acs-content-sha256 is not the SHA-256 of the body.');

  const authorization = headers.authorization ?? '';
  const parsed = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)$/.exec(authorization);
  if (!parsed) fail(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
  const keyId = parsed[1];
  const key = state.accessKeys[keyId];
  if (!key) fail(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
  const query = {};
  for (const [name, value] of url.searchParams) query[name] = value;
  const expected = OpenApiUtil.getAuthorization({pathname: url.pathname, method: request.method, query, headers},
    ALGORITHM, payloadHash, keyId, key.secret);
  if (authorization !== expected) fail(400, 'SignatureDoesNotMatch', 'Specified signature does not match our calculation.');
  if (key.securityToken && headers['x-acs-security-token'] !== key.securityToken) fail(400, 'InvalidSecurityToken.Mismatch', 'Specified SecurityToken mismatch with the AccessKey.');
}

// ---- the server ------------------------------------------------------------------------------

function send(response, status, object) {
  const text = JSON.stringify(object);
  response.writeHead(status, {'Content-Type': 'application/json;charset=utf-8', 'Content-Length': Buffer.byteLength(text)});
  response.end(text);
}

function control(request, response, url, body) {
  if (url.pathname === '/__control/state' && request.method === 'POST') {
    setState(JSON.parse(body || '{}'));
    log = [];
    failures = [];
    return send(response, 200, {ok: true});
  }
  if (url.pathname === '/__control/state') return send(response, 200, state);
  if (url.pathname === '/__control/failures' && request.method === 'POST') {
    failures.push(...JSON.parse(body || '[]').map((f) => ({action: f.action ?? '*', kind: f.kind, times: f.times ?? 1})));
    return send(response, 200, {ok: true});
  }
  if (url.pathname === '/__control/log') return send(response, 200, log);
  return send(response, 404, {error: 'unknown control path'});
}

function takeFailure(action) {
  const failure = failures.find((f) => f.times > 0 && (f.action === '*' || f.action === action || (f.action === 'write' && writes.has(action))));
  if (!failure) return null;
  failure.times -= 1;
  failures = failures.filter((f) => f.times > 0);
  return failure.kind;
}

function handle(request, response, body) {
  const url = new URL(request.url, 'http://127.0.0.1');
  if (url.pathname.startsWith('/__control/')) return control(request, response, url, body);
  const action = request.headers['x-acs-action'] ?? '';
  const entry = {action, params: Object.fromEntries(url.searchParams), status: 200, code: ''};
  log.push(entry);
  const id = requestId();
  try {
    checkSignature(request, url, body);
    const handler = actions[action];
    if (!handler) fail(404, 'InvalidAction.NotFound', `Specified api ${action} is not found, please check your url and method.`);
    const kind = takeFailure(action);
    // Unconfirmed: the HTTP status of throttling (400 here); SG Assist decides by the Code alone.
    if (kind === 'throttling') fail(400, 'Throttling.User', 'Request was denied due to user flow control.');
    if (kind === 'unavailable') fail(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
    if (kind === 'internal') fail(500, 'InternalError', 'The request processing has failed due to some unknown error.');
    if (kind === 'html') {
      entry.status = 502;
      response.writeHead(502, {'Content-Type': 'text/html'});
      return response.end('<html><body>502 Bad Gateway</body></html>');
    }
    if (kind === 'drop') { entry.status = 0; return request.socket.destroy(); }
    if (kind === 'hang') { entry.status = 0; return undefined; }

    const params = url.searchParams;
    let result;
    const token = writes.has(action) ? params.get('ClientToken') : null;
    const fingerprint = JSON.stringify([...params].filter(([k]) => k !== 'ClientToken').sort());
    if (token && idempotency.has(token)) {
      const earlier = idempotency.get(token);
      if (earlier.action !== action || earlier.fingerprint !== fingerprint) fail(400, 'IdempotentParameterMismatch', 'The request uses the same client token as a previous, but non-identical request.');
      result = earlier.result;
      entry.replayed = true;
    } else {
      result = handler(params);
      if (token) idempotency.set(token, {action, fingerprint, result});
    }
    if (kind === 'drop-after') { entry.status = 0; return request.socket.destroy(); }
    return send(response, 200, {RequestId: id, ...result});
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    entry.status = error.status;
    entry.code = error.code;
    return send(response, error.status, {RequestId: id, HostId: request.headers.host ?? '', Code: error.code, Message: error.message,
      Recommend: 'https://api.aliyun.com/troubleshoot'});
  }
}

// 100 permissions with long Chinese descriptions make a query of several hundred KB.
const server = http.createServer({maxHeaderSize: 16 << 20}, (request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    try {
      handle(request, response, Buffer.concat(chunks).toString('utf8'));
    } catch (error) {
      console.error(error);
      send(response, 500, {RequestId: requestId(), Code: 'InternalError', Message: String(error)});
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({port: server.address().port})}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
setTimeout(() => process.exit(0), MAX_LIFETIME_MS).unref();
