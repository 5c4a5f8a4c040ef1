/**
 * A part of an element that is loaded on its first use (a dialog's code, say), so that a page
 * which never uses it never downloads it (issue 21). `create` runs once; a failed load (a chunk
 * that could not be fetched) is forgotten, so the next use tries again.
 */
export class OnFirstUse<T> {
  /** The part, once loaded. */
  value?: T;
  private loading?: Promise<T>;

  constructor(private readonly create: () => Promise<T>) {}

  /** The part: loaded now if it is not yet. */
  load(): Promise<T> {
    this.loading ??= this.create().then(
      (value) => (this.value = value),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** Resolves once a load under way has finished, either way (at once when none is). */
  async settled(): Promise<void> {
    await this.loading?.catch(() => undefined);
  }
}

/**
 * An element's dialogs, loaded when one is first opened. `open` runs once they are loaded, unless
 * a dialog is open already (a second click while the code loaded); when the code cannot be
 * fetched, `failed` says so, and the next `open` tries again.
 */
export class DialogsOnFirstUse<T extends { readonly isOpen: boolean }> extends OnFirstUse<T> {
  open(open: (dialogs: T) => unknown, failed: () => void): void {
    void this.load().then((dialogs) => void (dialogs.isOpen ? undefined : open(dialogs)), failed);
  }
}
