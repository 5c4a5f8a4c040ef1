/**
 * Every tenantkit event: bubbles and crosses shadow roots, so a host can listen on any ancestor.
 * "Before" events are cancelable (`preventDefault()` vetoes the request); "after" events are not.
 */
export class TkEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, options: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}

/** Dispatches a cancelable "before" event; true when the host did not veto. */
export function allowed<Detail>(target: EventTarget, type: string, detail: Detail): boolean {
  return target.dispatchEvent(new TkEvent(type, detail, { cancelable: true }));
}

/** Dispatches an "after" event. */
export function announce<Detail>(target: EventTarget, type: string, detail: Detail): void {
  target.dispatchEvent(new TkEvent(type, detail));
}

/** Detail of `tk-error`: a failure the element could not show itself. */
export interface TkErrorDetail {
  error: unknown;
  operation: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-error': TkEvent<TkErrorDetail>;
  }
}
