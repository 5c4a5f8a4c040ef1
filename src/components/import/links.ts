import type { ReactiveControllerHost } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';

/** A user the import created: none of them has a password link yet. */
export interface ImportedUser {
  id: string;
  email: string;
}

/**
 * Sends the imported users' password links, one request each, when the user asks (imports never
 * send mail on their own), and keeps the ones that failed for a retry.
 */
export class LinkSender {
  state: 'idle' | 'sending' | 'done' | 'later' = 'idle';
  /** Users handled so far in this round. */
  done = 0;
  sent = 0;
  failures: (ImportedUser & { error: unknown })[] = [];

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Sends to `users`; a retry adds to the links already sent. */
  async send(client: ProvisioningClient, users: readonly ImportedUser[], retry = false): Promise<void> {
    this.state = 'sending';
    this.done = 0;
    this.host.requestUpdate();
    const failures: LinkSender['failures'] = [];
    let sent = 0;
    for (const user of users) {
      try {
        await client.sendPasswordLink(user.id);
        sent++;
      } catch (error) {
        failures.push({ ...user, error });
      }
      this.done++;
      this.host.requestUpdate();
    }
    this.sent = sent + (retry ? this.sent : 0);
    this.failures = failures;
    this.state = 'done';
    this.host.requestUpdate();
  }

  later(): void {
    this.state = 'later';
    this.host.requestUpdate();
  }

  reset(): void {
    Object.assign(this, { state: 'idle', done: 0, sent: 0, failures: [] });
  }
}
