import type { Versioned } from '../client.js';
import {
  ResourceListQuery,
  ResourceMove,
  ResourceUpdate,
  capFlags,
  capFromInput,
  type Page,
  type Resource,
  type ResourceMoveItem,
  type ResourceMoveResult,
  type ResourceRecord,
  type ResourceSelection,
} from '../schemas/index.js';
import { fieldNames, recordMemoryAudit } from './audit.js';
import { instant, listPage, type ListRules } from './list.js';
import { invalid, notFound, validate } from './problems.js';
import { checkVersion, type Session } from './session.js';

/** Account names by id, kept for one call: list rules read them per row. */
type Names = Map<string, string>;

const rules = (names: Names): ListRules<ResourceRecord> => ({
  text: (r) => [r.identifier, r.label],
  sort: {
    identifier: (r) => r.identifier,
    label: (r) => r.label.toLowerCase(),
    kind: (r) => r.kind,
    status: (r) => r.status,
    accountName: (r) => names.get(r.accountId)?.toLowerCase() ?? null,
    used: (r) => r.usage?.used ?? null,
    createdAt: (r) => instant(r.createdAt),
  },
  defaultSort: 'identifier',
});

/** The principal's scope root: the account it acts as (its own). */
const scopeRoot = (s: Session) => s.principal().accountId;

/** Names from the scope root down to the account, as the server reports `accountPath`. */
function pathOf(s: Session, accountId: string): string[] {
  const root = scopeRoot(s);
  const names: string[] = [];
  for (const a of s.store.lineage(accountId)) {
    names.unshift(a.name);
    if (a.id === root) break;
  }
  return names;
}

function present(s: Session, r: ResourceRecord): Resource {
  const path = pathOf(s, r.accountId);
  return {
    ...r,
    accountName: path[path.length - 1] ?? '',
    accountPath: path,
    ...capFlags(r.usage, r.cap),
  };
}

/** The account and, with descendants, every account below it. */
function accountsUnder(s: Session, accountId: string, descendants: boolean): Set<string> {
  const ids = new Set([accountId]);
  if (!descendants) return ids;
  for (let grew = true; grew;) {
    grew = false;
    for (const a of s.store.accounts.values())
      if (a.parentId !== null && ids.has(a.parentId) && !ids.has(a.id)) {
        ids.add(a.id);
        grew = true;
      }
  }
  return ids;
}

function matcher(s: Session, accountId: string, q: Omit<ResourceSelection, 'q'>) {
  const accounts = accountsUnder(s, accountId, q.include === 'descendants');
  const names: Names = new Map([...accounts].map((id) => [id, s.store.accounts.get(id)?.name ?? '']));
  const nameNeedle = q.accountName?.trim().toLowerCase();
  const keep = (r: ResourceRecord) => {
    if (!accounts.has(r.accountId)) return false;
    if (q.kind && r.kind !== q.kind) return false;
    if (q.status && r.status !== q.status) return false;
    if (nameNeedle && !names.get(r.accountId)!.toLowerCase().includes(nameNeedle)) return false;
    if (q.overAlert !== undefined && capFlags(r.usage, r.cap).overAlert !== q.overAlert) return false;
    return true;
  };
  return { keep, names };
}

export function listResources(s: Session, accountId: string, query: unknown): Page<Resource> {
  s.account(accountId);
  const q = validate(ResourceListQuery, query ?? {});
  const { keep, names } = matcher(s, accountId, q);
  const page = listPage(s.store.resources, q, keep, rules(names));
  return { ...page, items: page.items.map((r) => present(s, r)) };
}

function resourceInScope(s: Session, id: string): ResourceRecord {
  const r = s.store.resources.get(id);
  if (!r || !s.sees(r.accountId)) throw notFound('Resource', id);
  return r;
}

export function updateResource(s: Session, ref: Versioned, patch: unknown): Resource {
  const current = resourceInScope(s, ref.id);
  s.requireAdmin();
  const input = validate(ResourceUpdate, patch);
  checkVersion(current, ref.version);
  if (input.cap && !current.usage) throw invalid('cap', 'no-usage', 'This resource has no usage to cap');
  const updated: ResourceRecord = {
    ...current,
    ...(input.label !== undefined ? { label: input.label } : {}),
    ...(input.cap !== undefined ? { cap: input.cap === null ? null : capFromInput(input.cap) } : {}),
    updatedAt: s.timestamp(),
    version: current.version + 1,
  };
  s.store.resources.set(updated);
  recordMemoryAudit(s, {
    action: input.cap === undefined ? 'resource.update' : 'resource.cap',
    accountId: updated.accountId,
    targetType: 'resource',
    targetId: updated.id,
    fields: fieldNames(patch),
  });
  return present(s, updated);
}

/**
 * Moves resources to `to` as the server does: the target must be in scope (else 404, nothing
 * moves); each resource outside the scope or unknown fails on its own; the others move together.
 */
export function moveResources(s: Session, accountId: string, body: unknown): ResourceMoveResult {
  s.account(accountId);
  s.requireAdmin();
  const input = validate(ResourceMove, body);
  // A target outside the scope refuses the whole move, and looks like one that does not exist.
  const target = s.store.accounts.get(input.to);
  if (!target || !s.sees(target.id))
    throw invalid('to', 'not-found', 'The target account does not exist or is not yours');
  let ids: string[];
  if ('ids' in input) {
    ids = [...new Set(input.ids)];
  } else {
    const { q, ...filters } = input.query;
    const except = new Set(input.except ?? []);
    const { keep, names } = matcher(s, accountId, filters);
    const all = listPage(s.store.resources, { q, limit: Number.MAX_SAFE_INTEGER }, keep, rules(names));
    ids = all.items.map((r) => r.id).filter((id) => !except.has(id));
  }
  const scope = accountsUnder(s, accountId, true);
  const now = s.timestamp();
  const results: ResourceMoveItem[] = [];
  const moves: ResourceRecord[] = [];
  for (const id of ids) {
    const r = s.store.resources.get(id);
    if (!r || !scope.has(r.accountId)) {
      results.push({ id, outcome: 'failed', code: 'not-found', message: 'No such resource in this scope' });
    } else if (r.accountId === target.id) {
      results.push({ id, outcome: 'unchanged' });
    } else if (
      'versions' in input &&
      input.versions?.[id] !== undefined &&
      input.versions[id] !== r.version
    ) {
      results.push({
        id,
        outcome: 'failed',
        code: 'changed',
        message: 'Changed since it was loaded; reload it',
      });
    } else {
      moves.push({ ...r, accountId: target.id, updatedAt: now, version: r.version + 1 });
      results.push({ id, outcome: 'moved' });
    }
  }
  for (const r of moves) {
    s.store.resources.set(r);
    recordMemoryAudit(s, {
      action: 'resource.move',
      accountId: target.id,
      targetType: 'resource',
      targetId: r.id,
      fields: ['accountId'],
    });
  }
  const count = (o: ResourceMoveItem['outcome']) => results.filter((r) => r.outcome === o).length;
  return { moved: count('moved'), unchanged: count('unchanged'), failed: count('failed'), results };
}
