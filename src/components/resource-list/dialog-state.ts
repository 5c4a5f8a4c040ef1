import type {
  Resource,
  ResourceMove,
  ResourceMoveResult,
  ResourceSelection,
} from '../../api/schemas/index.js';
import type { CapForm } from './cap-form.js';
import type { PickerAccount } from './picker.js';

/** The selection being moved, with the versions the user saw, fixed when the dialog opened. */
export type MoveBody = Omit<ResourceMove, 'to'> & {
  ids?: string[];
  query?: ResourceSelection;
  except?: string[];
  versions?: Record<string, number>;
};

export interface MoveDialog {
  kind: 'move';
  accounts?: PickerAccount[];
  loadError?: unknown;
  q: string;
  active: number;
  chosen?: string;
  body: MoveBody;
  count: number;
  /** `false`: every match is moved and `count` is a lower bound (the server counted that far). */
  countExact: boolean;
  busy: boolean;
  error?: unknown;
  result?: ResourceMoveResult;
  toName?: string;
}
export interface CapDialog {
  kind: 'cap';
  form: CapForm;
  busy: boolean;
  error?: unknown;
}
export interface RemoveCapDialog {
  kind: 'remove-cap';
  resource: Resource;
  busy: boolean;
  error?: unknown;
}
export interface RenameDialog {
  kind: 'rename';
  resource: Resource;
  label: string;
  busy: boolean;
  error?: unknown;
}
/** The dialogs that change one resource. */
export type EditDialog = CapDialog | RemoveCapDialog | RenameDialog;
export type DialogState = MoveDialog | EditDialog;
