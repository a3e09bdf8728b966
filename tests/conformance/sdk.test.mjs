// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Sends every request of `sgassist-cli convert --to sdk-requests` through the official Alibaba
// Cloud ECS SDK (@alicloud/ecs20140526) to a loopback HTTP server, and checks that exactly the
// rule set arrives on the wire as Permissions.N.* parameters.

import http from 'node:http';
import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import * as $OpenApi from '@alicloud/openapi-core';
import {batches, check, cli, equal, finish, requestFields, ruleSets, tempDir} from './lib.mjs';
import {numberedPermissions} from './permissions.mjs';

const EcsClient = Ecs.default ?? Ecs;
const received = [];
// The SDK puts every parameter in the query string: 100 permissions with long descriptions make
// a URL far beyond Node's default 16 KB header limit.
const server = http.createServer({maxHeaderSize: 16 << 20}, (request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const params = new URLSearchParams(url.search);
    if ((request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
      for (const [key, value] of new URLSearchParams(body)) params.append(key, value);
    }
    received.push({action: request.headers['x-acs-action'] ?? params.get('Action'), params});
    response.writeHead(200, {'Content-Type': 'application/json'});
    response.end('{"RequestId":"test"}');
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;

// camelCase SDK property for an API field: IpProtocol -> ipProtocol.
const sdkName = (field) => field[0].toLowerCase() + field.slice(1);

function permissionsOnTheWire(params) {
  const permissions = numberedPermissions(params);
  const indexes = permissions.map(([index]) => index);
  equal(indexes, indexes.map((_, i) => i + 1), 'permissions are numbered 1..N without gaps');
  return permissions.map(([, permission]) => permission);
}

let checked = 0;
const dir = tempDir();
for (const set of ruleSets(dir)) {
  const requests = JSON.parse(cli(['convert', set.file, '--to', 'sdk-requests']));
  const expected = batches(set.permissions);
  equal(requests.map((r) => r.action), expected.map((b) => b.action), `${set.file}: actions`);
  received.length = 0;
  const client = new EcsClient(new $OpenApi.$OpenApiUtil.Config({
    accessKeyId: 'x', accessKeySecret: 'y', endpoint: `127.0.0.1:${port}`, protocol: 'HTTP', regionId: set.group.regionId,
  }));
  for (const request of requests) {
    check(request.permissions.length <= 100, `${set.file}: at most 100 permissions a request`);
    check(request.regionId === set.group.regionId && request.securityGroupId === set.group.securityGroupId,
      `${set.file}: region and group`);
    const egress = request.action === 'AuthorizeSecurityGroupEgress';
    const Permission = egress ? $Ecs.AuthorizeSecurityGroupEgressRequestPermissions : $Ecs.AuthorizeSecurityGroupRequestPermissions;
    const known = new Set(Object.values(Permission.names()));
    const permissions = request.permissions.map((p) => {
      const fields = {};
      for (const [field, value] of Object.entries(p)) {
        check(known.has(field), `${set.file}: ${field} is not a field the SDK knows for ${request.action}`);
        check(typeof value === 'string', `${set.file}: ${field} must be a string for the SDK`);
        fields[sdkName(field)] = value;
      }
      return new Permission(fields);
    });
    const body = {regionId: request.regionId, securityGroupId: request.securityGroupId, permissions};
    const response = egress
      ? await client.authorizeSecurityGroupEgress(new $Ecs.AuthorizeSecurityGroupEgressRequest(body))
      : await client.authorizeSecurityGroup(new $Ecs.AuthorizeSecurityGroupRequest(body));
    check(response.body.requestId === 'test', `${set.file}: the loopback server answered`);
  }
  equal(received.length, expected.length, `${set.file}: one HTTP request per batch`);
  for (let i = 0; i < Math.min(received.length, expected.length); i += 1) {
    const wire = received[i];
    equal(wire.action, expected[i].action, `${set.file}: request ${i + 1} action`);
    equal(wire.params.get('RegionId'), set.group.regionId, `${set.file}: request ${i + 1} RegionId`);
    equal(wire.params.get('SecurityGroupId'), set.group.securityGroupId, `${set.file}: request ${i + 1} SecurityGroupId`);
    const got = permissionsOnTheWire(wire.params);
    const want = expected[i].permissions.map(requestFields);
    equal(got.length, want.length, `${set.file}: request ${i + 1} permission count`);
    for (let n = 0; n < Math.min(got.length, want.length); n += 1) {
      const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
      equal(sorted(got[n]), sorted(want[n]), `${set.file}: request ${i + 1}, Permissions.${n + 1}`);
      checked += 1;
    }
  }
}
server.close();
finish('sdk conformance', `${checked} permissions arrived exactly through @alicloud/ecs20140526`);
