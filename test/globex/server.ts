// "Globex": a small REST API of another vendor's shape, for proving that createRestClient reaches
// it by options alone. Nothing here comes from the reference server: its own paths
// (/v2/tenants/{tenant}/members), page/per_page paging, { data, meta: { total } } envelopes,
// snake_case, an X-Api-Key header, and errors as { error: { code, field } } (no problem+json).
// Started by scripts/wtr-test-backends.mjs; prints "listening on <port>".
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { API_KEY, TENANT, seed, type Entitlement, type Member } from './data.js';

let db = seed();
let lastRevision = 1000;

type Json = Record<string, unknown>;
type Reply = { status: number; body?: unknown; etag?: string };

const error = (status: number, code: string, field?: string): Reply => ({
  status,
  body: { error: { code, ...(field ? { field } : {}) } },
});

function page<T>(rows: T[], url: URL): Reply {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 20), 200);
  const pageNo = Math.max(Number(url.searchParams.get('page') ?? 1), 1);
  const data = rows.slice((pageNo - 1) * perPage, pageNo * perPage);
  return { status: 200, body: { data, meta: { total: rows.length, page: pageNo, per_page: perPage } } };
}

function ordered<T extends object>(rows: T[], url: URL, fallback: string): T[] {
  const field = url.searchParams.get('order_by') ?? fallback;
  const sign = url.searchParams.get('direction') === 'desc' ? -1 : 1;
  const value = (row: T) => String((row as Json)[field] ?? '');
  return [...rows].sort((a, b) => sign * value(a).localeCompare(value(b)));
}

function members(url: URL): Reply {
  const search = url.searchParams.get('search')?.toLowerCase();
  const level = url.searchParams.get('access_level');
  const state = url.searchParams.get('state');
  const rows = db.members.filter(
    (m) =>
      (!search || `${m.full_name} ${m.email_address} ${m.username}`.toLowerCase().includes(search)) &&
      (!level || m.access_level === level) &&
      (!state || m.state === state),
  );
  return page(ordered(rows, url, 'full_name'), url);
}

function writeMember(body: Json, existing?: Member): Reply {
  const email = (body.email_address as string | undefined) ?? existing?.email_address;
  if (!email || !(body.full_name ?? existing?.full_name)) return error(422, 'missing_field', 'full_name');
  if (db.members.some((m) => m.email_address.toLowerCase() === email.toLowerCase() && m !== existing)) {
    return error(409, 'email_taken', 'email_address');
  }
  const now = new Date().toISOString();
  const member: Member = existing
    ? { ...existing, ...(body as Partial<Member>), updated_at: now, revision: ++lastRevision }
    : {
        member_id: `gx-${++lastRevision}`,
        full_name: String(body.full_name),
        email_address: email,
        username: email.split('@')[0]!,
        access_level: body.access_level === 'owner' ? 'owner' : 'member',
        grants: (body.grants as string[] | undefined) ?? [],
        alerts: (body.alerts as Member['alerts'] | undefined) ?? {
          billing: true,
          general: true,
          product: true,
          domain: true,
          support: true,
        },
        language: (body.language as string | null | undefined) ?? null,
        state: 'pending',
        invite: { sent_at: now, expires_at: new Date(Date.now() + 7 * 86_400_000).toISOString() },
        last_seen_at: null,
        created_at: now,
        updated_at: now,
        revision: ++lastRevision,
      };
  if (existing) db.members[db.members.indexOf(existing)] = member;
  else db.members.push(member);
  return { status: existing ? 200 : 201, body: { data: member }, etag: `"${member.revision}"` };
}

function writeEntitlement(body: Json, existing?: Entitlement): Reply {
  const now = new Date().toISOString();
  if (existing && !existing.manual) return error(409, 'not_manual');
  const product = db.products.find((p) => p.sku === (body.sku ?? existing?.sku));
  if (!product) return error(422, 'unknown_product', 'sku');
  const row: Entitlement = existing
    ? { ...existing, ...(body as Partial<Entitlement>), updated_at: now, revision: ++lastRevision }
    : {
        entitlement_id: `ent-${++lastRevision}`,
        order_no: null,
        sku: product.sku,
        sku_name: product.title,
        tier: (body.tier as string | null | undefined) ?? null,
        subscription: null,
        valid_from: String(body.valid_from),
        valid_until: (body.valid_until as string | null | undefined) ?? null,
        state: (body.state as 'on' | 'off' | undefined) ?? 'on',
        manual: true,
        created_at: now,
        updated_at: now,
        revision: ++lastRevision,
      };
  if (existing) db.entitlements[db.entitlements.indexOf(existing)] = row;
  else db.entitlements.push(row);
  return { status: existing ? 200 : 201, body: { data: row }, etag: `"${row.revision}"` };
}

/** A stale `If-Match` is refused; a write without one too (as the reference client always sends it). */
function preconditionFails(req: IncomingMessage, revision: number): Reply | undefined {
  const ifMatch = req.headers['if-match'];
  if (!ifMatch) return error(428, 'revision_required');
  if (ifMatch !== `"${revision}"`) return error(412, 'stale_revision');
  return undefined;
}

function route(req: IncomingMessage, url: URL, body: Json): Reply {
  if (req.method === 'POST' && url.pathname === '/test/reset') {
    db = seed();
    return { status: 204 };
  }
  if (req.headers['x-api-key'] !== API_KEY) return error(401, 'bad_api_key');
  const parts = url.pathname.split('/').filter(Boolean); // v2 tenants {t} members {id}
  if (url.pathname === '/v2/whoami') {
    return { status: 200, body: { data: { member: db.members[0], tenant: db.tenant } } };
  }
  if (url.pathname === '/v2/products') return { status: 200, body: { data: db.products } };
  if (parts[0] !== 'v2' || parts[1] !== 'tenants' || parts[2] !== TENANT) return error(404, 'not_found');
  const [collection, id] = [parts[3], parts[4]];
  if (collection === 'permissions' && !id) return { status: 200, body: { data: db.permissions } };
  if (collection === 'members') {
    if (!id) return req.method === 'POST' ? writeMember(body) : members(url);
    const member = db.members.find((m) => m.member_id === id);
    if (!member) return error(404, 'not_found');
    if (req.method === 'GET') return { status: 200, body: { data: member }, etag: `"${member.revision}"` };
    const stale = preconditionFails(req, member.revision);
    if (stale) return stale;
    if (req.method === 'PATCH') return writeMember(body, member);
    if (req.method === 'DELETE') {
      db.members.splice(db.members.indexOf(member), 1);
      return { status: 204 };
    }
  }
  if (collection === 'entitlements') {
    if (!id) {
      if (req.method === 'POST') return writeEntitlement(body);
      const state = url.searchParams.get('state');
      return page(
        ordered(
          db.entitlements.filter((e) => !state || e.state === state),
          url,
          'valid_from',
        ),
        url,
      );
    }
    const row = db.entitlements.find((e) => e.entitlement_id === id);
    if (!row) return error(404, 'not_found');
    const stale = preconditionFails(req, row.revision);
    if (stale) return stale;
    if (req.method === 'PATCH') return writeEntitlement(body, row);
    if (req.method === 'DELETE') {
      if (!row.manual) return error(409, 'not_manual');
      db.entitlements.splice(db.entitlements.indexOf(row), 1);
      return { status: 204 };
    }
  }
  return error(405, 'method_not_allowed');
}

async function readBody(req: IncomingMessage): Promise<Json> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as Json) : {};
}

const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader(
    'Access-Control-Allow-Headers',
    'X-Api-Key, Content-Type, If-Match, Accept, Accept-Language, X-Act-As-Account',
  );
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
  res.setHeader('Access-Control-Expose-Headers', 'ETag');
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  const url = new URL(req.url ?? '/', 'http://globex.test');
  let reply: Reply;
  try {
    reply = route(req, url, await readBody(req));
  } catch {
    reply = error(400, 'bad_request');
  }
  if (reply.etag) res.setHeader('ETag', reply.etag);
  if (reply.body === undefined) return void res.writeHead(reply.status).end();
  res.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply.body));
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : address}`);
});
