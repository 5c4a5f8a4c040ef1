import { newIdempotencyKey } from '../api/idempotency-key.js';

/**
 * The `Idempotency-Key` of a create form (issue 20): the same key for as long as the form sends the
 * same content, so that a retry after a lost answer (a garbled response, a connection reset after the
 * server committed) gets the first answer back instead of a duplicate; a new key once the content
 * changes, and after a success (`done()`), since the next create is another one.
 */
export class CreateKey {
  private key: string | undefined;
  private content: string | undefined;

  /** The key for sending `body`. */
  for(body: unknown): string {
    const content = JSON.stringify(body);
    if (this.key === undefined || content !== this.content) {
      this.key = newIdempotencyKey();
      this.content = content;
    }
    return this.key;
  }

  /** The create succeeded: the next one gets a new key, whatever it sends. */
  done(): void {
    this.key = undefined;
    this.content = undefined;
  }
}
