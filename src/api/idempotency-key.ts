/**
 * A fresh `Idempotency-Key`: a random UUID, or 32 random hex digits where `crypto.randomUUID` is
 * missing (pages outside a secure context).
 */
export const newIdempotencyKey = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
