// A SCIM 2.0 service provider built on SCIMMY and scimmy-routers (third-party code), storing users in
// memory, for the SCIM client's browser tests. Started by scripts/wtr-test-backends.mjs; prints
// "listening on <port>". Users are members of groups kept beside them (the seeded admin of
// ADMIN_GROUP_ID); a user's read-only `groups` is worked out from them. SCIM_SORT=off makes it say (and behave as if) it cannot sort.
import express, { type NextFunction, type Request, type Response } from 'express';
import SCIMMY from 'scimmy';
import SCIMMYRouters from 'scimmy-routers';
import { ADMIN_GROUP_ID, seedUsers } from './seed.js';

export const TOKEN = 'scim-test-token';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

type Stored = Record<string, unknown> & { id: string; userName: string; meta: Meta };
interface Meta {
  resourceType: 'User';
  created: string;
  lastModified: string;
  version: string;
}

interface Group {
  id: string;
  displayName: string;
  members: { value: string; display?: string }[];
  meta: { resourceType: 'Group'; created: string; lastModified: string; version: string };
}

const users = new Map<string, Stored>();
const groups = new Map<string, Group>();
let lastId = 0;
let lastVersion = 0;

function store(resource: Record<string, unknown>, id = `u${++lastId}`, created?: string): Stored {
  const now = new Date().toISOString();
  const version = `W/"${++lastVersion}"`;
  const user = {
    ...resource,
    id,
    meta: { resourceType: 'User', created: created ?? now, lastModified: now, version },
  };
  users.set(id, user as Stored);
  return user as Stored;
}

function storeGroup(id: string, displayName: string, members: Group['members'], created?: string): Group {
  const now = new Date().toISOString();
  const meta = {
    resourceType: 'Group',
    created: created ?? now,
    lastModified: now,
    version: `W/"${++lastVersion}"`,
  };
  const group: Group = { id, displayName, members, meta: meta as Group['meta'] };
  groups.set(id, group);
  return group;
}

function reset() {
  users.clear();
  groups.clear();
  const admins = seedUsers()
    .map((user) => store(user))
    .filter((user) => (user.roles as { value: string }[]).some((role) => role.value === 'admin'));
  storeGroup(
    ADMIN_GROUP_ID,
    'Admins',
    admins.map((user) => ({ value: user.id, display: String(user.displayName) })),
  );
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A stored user as the provider answers with it: its `groups` from the groups' members. */
function egressUser(user: Stored) {
  const memberOf = [...groups.values()]
    .filter((group) => group.members.some((member) => member.value === user.id))
    .map((group) => ({ value: group.id, display: group.displayName, type: 'direct' }));
  // Always present, if empty: SCIMMY 1.3's filter throws on a missing multi-valued attribute.
  return { ...copy(user), groups: memberOf };
}

SCIMMY.Resources.declare(SCIMMY.Resources.User, {
  egress: (resource: { id?: string; filter?: { match(values: unknown[]): unknown[] } }) => {
    if (resource.id) {
      const user = users.get(resource.id);
      if (!user) throw new SCIMMY.Types.Error(404, null!, `User ${resource.id} not found`);
      return egressUser(user);
    }
    const all = [...users.values()].map(egressUser);
    return resource.filter ? resource.filter.match(all) : all;
  },
  ingress: (resource: { id?: string }, instance: unknown) => {
    const data = copy(instance) as Record<string, unknown> & { userName: string };
    delete data.groups; // read-only: worked out from the groups on the way out
    const taken = [...users.values()].some(
      (u) => u.userName.toLowerCase() === data.userName.toLowerCase() && u.id !== resource.id,
    );
    if (taken)
      throw new SCIMMY.Types.Error(409, 'uniqueness', `userName "${data.userName}" is already taken`);
    if (!resource.id) return copy(store(data));
    const existing = users.get(resource.id);
    if (!existing) throw new SCIMMY.Types.Error(404, null!, `User ${resource.id} not found`);
    return copy(store(data, existing.id, existing.meta.created));
  },
  degress: (resource: { id: string }) => {
    if (!users.delete(resource.id)) throw new SCIMMY.Types.Error(404, null!, `User ${resource.id} not found`);
    for (const group of groups.values())
      group.members = group.members.filter((member) => member.value !== resource.id);
  },
});

// Groups, for the client's `groups` access mapping: membership changes arrive as PatchOps on `members`.
SCIMMY.Resources.declare(SCIMMY.Resources.Group, {
  egress: (resource: { id?: string; filter?: { match(values: unknown[]): unknown[] } }) => {
    if (resource.id) {
      const group = groups.get(resource.id);
      if (!group) throw new SCIMMY.Types.Error(404, null!, `Group ${resource.id} not found`);
      return copy(group);
    }
    const all = [...groups.values()].map(copy);
    return resource.filter ? resource.filter.match(all) : all;
  },
  ingress: (resource: { id?: string }, instance: unknown) => {
    const data = copy(instance) as { displayName: string; members?: Group['members'] };
    const members = (data.members ?? []).map(({ value, display }) => ({ value, display }));
    const unknown = members.find((member) => !users.has(member.value));
    if (unknown) throw new SCIMMY.Types.Error(400, 'invalidValue', `No user ${unknown.value}`);
    if (!resource.id) return copy(storeGroup(`g${++lastId}`, data.displayName, members));
    const existing = groups.get(resource.id);
    if (!existing) throw new SCIMMY.Types.Error(404, null!, `Group ${resource.id} not found`);
    return copy(storeGroup(existing.id, data.displayName, members, existing.meta.created));
  },
  degress: (resource: { id: string }) => {
    if (!groups.delete(resource.id))
      throw new SCIMMY.Types.Error(404, null!, `Group ${resource.id} not found`);
  },
});

const app = express();

// The browser tests run on another origin.
app.use((req: Request, res: Response, next: NextFunction) => {
  res.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, Accept, Accept-Language',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
    'Access-Control-Expose-Headers': 'ETag',
  });
  if (req.method === 'OPTIONS') return void res.status(204).end();
  next();
});

app.post('/test/reset', (_req, res) => {
  reset();
  res.status(204).end();
});

// SCIMMY leaves versioning to the provider: a stale If-Match is refused here (RFC 7644 §3.14).
app.use('/scim/v2/Users/:id', (req: Request, res: Response, next: NextFunction) => {
  const ifMatch = req.get('If-Match');
  const user = users.get(String(req.params.id));
  if (!['PATCH', 'PUT', 'DELETE'].includes(req.method) || !ifMatch || !user || ifMatch === '*') return next();
  if (ifMatch === user.meta.version) return next();
  res
    .status(412)
    .type('application/scim+json')
    .send({
      schemas: [ERROR],
      status: '412',
      detail: `User ${user.id} has changed (now ${user.meta.version})`,
    });
});

app.use(
  '/scim/v2',
  new SCIMMYRouters({
    type: 'bearer',
    docUri: 'https://tenantkit.example/scim-test',
    handler: (req: Request) => {
      if (req.get('Authorization') !== `Bearer ${TOKEN}`) throw new Error('Authorization not detected!');
      return 'test-client';
    },
  }),
);
SCIMMY.Config.set({ etag: true, sort: process.env.SCIM_SORT !== 'off' });

reset();
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : address}`);
});
