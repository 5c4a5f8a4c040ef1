import { emptyDraft, type AccountDraft, type DraftField, type StepId } from './draft.js';

const STORAGE_PREFIX = 'tk-sub-account-draft:';

/** Saves the draft for `persist-draft` (sessionStorage), without e-mail addresses. */
export function saveDraft(key: string, draft: AccountDraft, step: StepId): void {
  try {
    const { adminEmail: _email, ...rest } = draft;
    sessionStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ draft: rest, step }));
  } catch {
    // Storage may be full or blocked: the draft then lives as long as the element.
  }
}

/** The draft saved under `key`, if any and well-formed. */
export function loadDraft(key: string): { draft: AccountDraft; step: StepId } | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_PREFIX + key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { draft?: Partial<AccountDraft>; step?: StepId };
    if (!parsed.draft || typeof parsed.draft !== 'object') return undefined;
    const base = emptyDraft();
    const draft = { ...base } as Record<string, unknown>;
    for (const [k, v] of Object.entries(parsed.draft)) {
      const expected = base[k as DraftField];
      if (
        k in base &&
        (typeof v === typeof expected ||
          (expected === null && (v === null || typeof v === 'string' || Array.isArray(v))))
      )
        draft[k] = v;
    }
    return { draft: draft as unknown as AccountDraft, step: parsed.step ?? 'details' };
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}
