import { languageName } from '../../core/language-name.js';
import type { Localizer } from '../../core/localize.js';

/** A field's label by a problem's path; per-language texts (`message.de`) name their language. */
export function labelOf(l: Localizer, path: string): string {
  const [field, lang] = path.split('.');
  const labels: Record<string, string> = {
    mode: l.t('helpSettings.mode'),
    displayName: l.t('helpSettings.displayName'),
    logoUrl: l.t('helpSettings.logoUrl'),
    message: l.t('helpSettings.message'),
    hours: l.t('helpSettings.hours'),
    email: l.t('helpSettings.email'),
    phone: l.t('helpSettings.phone'),
    helpUrl: l.t('helpSettings.helpUrl'),
    accentColor: l.t('helpSettings.accent'),
  };
  const label = labels[field ?? ''] ?? path;
  return lang ? `${label} (${languageName(l, lang)})` : label;
}

/** The control a field's problem focuses: the hex field of the accent, the chosen mode, else the input. */
export function controlOf(root: ParentNode, field: string | undefined): HTMLElement | null {
  if (field === 'accentColor') return root.querySelector<HTMLElement>('#hs-accent-hex');
  if (field === 'mode') return root.querySelector<HTMLElement>('input[name=mode]:checked');
  return root.querySelector<HTMLElement>(`#hs-${field}`);
}
