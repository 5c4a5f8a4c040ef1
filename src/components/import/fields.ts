import type { ImportRow, ProductType, Role } from '../../api/schemas/index.js';

/** The spreadsheet columns `<tk-import>` understands: the fields of an import row. */
export const IMPORT_FIELDS = [
  'customer.name',
  'customer.reference',
  'customer.productTypeId',
  'customer.country',
  'customer.notes',
  'user.name',
  'user.email',
  'user.role',
  'user.permissions',
  'user.locale',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Header words per field in en, de, fr and hu (compared without case, accents, spaces and
 * punctuation). The element's own column labels in each language are matched too.
 */
export const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  'customer.name': [
    'customer',
    'customer name',
    'company',
    'tenant',
    'tenant name',
    'account',
    'organisation',
    'organization',
    'mandant',
    'mandantenname',
    'kunde',
    'kundenname',
    'firma',
    'unternehmen',
    'kundenkonto',
    'client',
    'nom du client',
    'societe',
    'entreprise',
    'raison sociale',
    'locataire',
    'ugyfel',
    'ugyfel neve',
    'ceg',
    'cegnev',
    'berlo',
  ],
  'customer.reference': [
    'reference',
    'customer reference',
    'ref',
    'customer number',
    'customer id',
    'external id',
    'referenz',
    'kundenreferenz',
    'kundennummer',
    'kunden nr',
    'kundennr',
    'mandantennummer',
    'reference client',
    'numero client',
    'n client',
    'hivatkozas',
    'ugyfel hivatkozas',
    'ugyfelszam',
    'azonosito',
    'ugyfel azonosito',
  ],
  'customer.productTypeId': [
    'product type',
    'product',
    'plan',
    'tenant profile',
    'profile',
    'produkttyp',
    'produkt',
    'tarif',
    'mandantenprofil',
    'type de produit',
    'produit',
    'offre',
    'profil',
    'termektipus',
    'termek',
    'csomag',
  ],
  'customer.country': ['country', 'land', 'staat', 'pays', 'orszag', 'country code', 'landercode'],
  'customer.notes': [
    'notes',
    'note',
    'comment',
    'notizen',
    'bemerkung',
    'bemerkungen',
    'kommentar',
    'remarques',
    'commentaire',
    'megjegyzes',
    'megjegyzesek',
  ],
  'user.name': [
    'name',
    'user',
    'user name',
    'full name',
    'contact',
    'contact name',
    'anwender',
    'benutzer',
    'benutzername',
    'vollstandiger name',
    'ansprechpartner',
    'nom',
    'utilisateur',
    'nom complet',
    'nom de lutilisateur',
    'contact',
    'nev',
    'felhasznalo',
    'felhasznalo neve',
    'teljes nev',
    'kapcsolattarto',
  ],
  'user.email': [
    'email',
    'e mail',
    'mail',
    'email address',
    'e mail address',
    'e mail adresse',
    'emailadresse',
    'mailadresse',
    'courriel',
    'adresse e mail',
    'adresse email',
    'mel',
    'e mail cim',
    'email cim',
    'emailcim',
    'levelcim',
  ],
  'user.role': [
    'role',
    'rolle',
    'funktion',
    'berechtigung',
    'fonction',
    'szerep',
    'szerepkor',
    'jogosultsag szint',
  ],
  'user.permissions': [
    'permissions',
    'rights',
    'berechtigungen',
    'rechte',
    'autorisations',
    'droits',
    'permissions utilisateur',
    'jogosultsagok',
    'jogok',
  ],
  'user.locale': ['language', 'locale', 'lang', 'sprache', 'langue', 'nyelv'],
};

/** Lower case, no accents, no punctuation: `E-Mail-Adresse` → `e mail adresse`. */
export function foldHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A column's field, or `null` (ignored). */
export type Mapping = (ImportField | null)[];

/**
 * Matches file headers to fields: exact synonyms or labels first, then a header that starts with
 * one (`E-Mail (geschäftlich)`); each field at most once, the first column wins.
 */
export function matchHeaders(
  headers: readonly string[],
  labels: Iterable<[ImportField, string]> = [],
): Mapping {
  const words = new Map<string, ImportField>();
  for (const [field, label] of labels) words.set(foldHeader(label), field);
  for (const field of IMPORT_FIELDS)
    for (const w of HEADER_SYNONYMS[field]) if (!words.has(w)) words.set(w, field);
  const used = new Set<ImportField>();
  const mapping: Mapping = headers.map(() => null);
  const take = (i: number, field: ImportField | undefined) => {
    if (field && !used.has(field) && mapping[i] === null) {
      mapping[i] = field;
      used.add(field);
    }
  };
  headers.forEach((h, i) => take(i, words.get(foldHeader(h))));
  headers.forEach((h, i) => {
    const folded = foldHeader(h);
    if (!folded || mapping[i] !== null) return;
    let best: [string, ImportField] | undefined;
    for (const entry of words)
      if (folded.startsWith(`${entry[0]} `) && entry[0].length > (best?.[0].length ?? 0)) best = entry;
    take(i, best?.[1]);
  });
  return mapping;
}

const ROLE_WORDS: Record<string, Role> = Object.fromEntries([
  ...['admin', 'administrator', 'administrateur', 'adminisztrator', 'verwalter', 'rendszergazda'].map((w) => [
    w,
    'admin' as const,
  ]),
  ...['user', 'normal user', 'benutzer', 'anwender', 'nutzer', 'utilisateur', 'felhasznalo'].map((w) => [
    w,
    'user' as const,
  ]),
]);

/** What a row's cells turn into; `line` is the spreadsheet's line number (header = 1). */
export function toImportRow(
  cells: readonly string[],
  mapping: Mapping,
  line: number,
  productTypes: readonly ProductType[],
): ImportRow {
  const value = (field: ImportField) => {
    const i = mapping.indexOf(field);
    const text = i >= 0 ? (cells[i] ?? '').trim() : '';
    return text === '' ? undefined : text;
  };
  const type = value('customer.productTypeId');
  const productTypeId =
    type === undefined
      ? undefined
      : (productTypes.find((t) => t.id === type || foldHeader(t.name) === foldHeader(type))?.id ?? type);
  const customer = {
    name: value('customer.name'),
    reference: value('customer.reference'),
    productTypeId,
    country: value('customer.country')?.toUpperCase(),
    notes: value('customer.notes'),
  };
  const role = value('user.role');
  const permissions = value('user.permissions');
  const user = {
    name: value('user.name'),
    email: value('user.email'),
    role: role === undefined ? undefined : (ROLE_WORDS[foldHeader(role)] ?? role),
    permissions: permissions
      ?.split(/[,;|]/)
      .map((p) => p.trim())
      .filter(Boolean),
    locale: value('user.locale')?.toLowerCase(),
  };
  const hasUser = Object.values(user).some((v) => v !== undefined);
  const customerDetails = [customer.productTypeId, customer.country, customer.notes].some(
    (v) => v !== undefined,
  );
  const row: Record<string, unknown> = { line };
  // A user row that only names its customer refers to it; one with customer details carries it.
  if (hasUser && !customerDetails && (customer.name ?? customer.reference)) {
    row.user = compact({ ...user, customer: customer.reference ?? customer.name });
  } else {
    if (Object.values(customer).some((v) => v !== undefined)) row.customer = compact(customer);
    if (hasUser) row.user = compact(user);
  }
  return row as ImportRow;
}

const compact = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** True for a row whose every cell is empty (spreadsheets end with a few). */
export const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
