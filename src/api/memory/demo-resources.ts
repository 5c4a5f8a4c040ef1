import type { ResourceRecord, ResourceStatus } from '../schemas/index.js';

/**
 * The demo resources (seed 001): Acme's stock of SIM cards, SIMs assigned to Northwind, Northwind
 * Berlin and Contoso (some over 80 % of their cap, one over it), a few domains and licences, and
 * on request 50,000 SIMs of the bulk customer. Deterministic, like the rest of the demo data.
 */
const LABELS = [
  'Delivery van',
  'Warehouse gate',
  'Cold store sensor',
  'Forklift',
  'Parcel locker',
  'Weather station',
  'Vending machine',
  'Charging point',
];
const STATUSES: ResourceStatus[] = ['active', 'active', 'active', 'active', 'inactive', 'suspended'];

/** An ICCID-like identifier: 19 digits, `89` (telecom) `49` (Germany), issuer, serial. */
export const iccid = (issuer: string, serial: number) => `8949${issuer}${String(serial).padStart(13, '0')}`;

export function demoResources(iso: (offsetDays: number) => string, bulkAccountId?: string): ResourceRecord[] {
  const out: ResourceRecord[] = [];
  const created = iso(-120);
  const updated = iso(-3);
  const sim = (
    accountId: string,
    prefix: string,
    count: number,
    serialBase: number,
    options: { labelled?: boolean } = {},
  ) => {
    for (let i = 0; i < count; i++) {
      // A 1 GB monthly cap on most assigned SIMs; use spread so some pass 80 % and one passes the cap.
      const capped = options.labelled === true && i % 4 !== 3;
      const limit = i % 3 === 0 ? 2048 : 1024;
      const share = [0.12, 0.35, 0.55, 0.83, 0.91, 0.47, 1.04, 0.2, 0.66, 0.86][i % 10]!;
      out.push({
        id: `res_${prefix}${String(i + 1).padStart(3, '0')}`,
        accountId,
        kind: 'sim',
        identifier: iccid('02', serialBase + i),
        label: options.labelled ? `${LABELS[i % LABELS.length]} ${Math.floor(i / LABELS.length) + 1}` : '',
        status: options.labelled ? STATUSES[i % STATUSES.length]! : i % 7 === 6 ? 'inactive' : 'active',
        usage: {
          used: options.labelled ? Math.round(limit * share * 10) / 10 : 0,
          unit: 'MB',
          period: 'month',
        },
        cap: capped ? { limit, alert: Math.round(limit * 8) / 10 } : null,
        createdAt: created,
        updatedAt: updated,
        version: 1,
      });
    }
  };
  sim('acc_acme', 'acme', 40, 1000);
  sim('acc_northwind', 'nw', 24, 2000, { labelled: true });
  sim('acc_northwind_berlin', 'nwb', 8, 3000, { labelled: true });
  sim('acc_contoso', 'ct', 10, 4000, { labelled: true });

  const other = (
    r: Omit<ResourceRecord, 'createdAt' | 'updatedAt' | 'version' | 'status'> & { status?: ResourceStatus },
  ) => out.push({ status: 'active', createdAt: created, updatedAt: updated, version: 1, ...r });
  other({
    id: 'res_dom_nw1',
    accountId: 'acc_northwind',
    kind: 'domain',
    identifier: 'northwind.example',
    label: 'Main site',
    usage: null,
    cap: null,
  });
  other({
    id: 'res_dom_nw2',
    accountId: 'acc_northwind_berlin',
    kind: 'domain',
    identifier: 'northwind-berlin.example',
    label: '',
    usage: null,
    cap: null,
  });
  other({
    id: 'res_dom_ct1',
    accountId: 'acc_contoso',
    kind: 'domain',
    identifier: 'contoso.example',
    label: 'Paris office',
    usage: null,
    cap: null,
  });
  other({
    id: 'res_lic_nw1',
    accountId: 'acc_northwind',
    kind: 'licence',
    identifier: 'LIC-NW-7F3A-22C9',
    label: 'Call Analytics seats',
    usage: { used: 46, unit: 'seats', period: 'year' },
    cap: { limit: 50, alert: 40 },
  });
  other({
    id: 'res_host_acme1',
    accountId: 'acc_acme',
    kind: 'hosting',
    identifier: 'web-pool-17.acme.example',
    label: 'Unassigned hosting package',
    usage: { used: 0, unit: 'GB', period: 'month' },
    cap: null,
    status: 'inactive',
  });

  if (bulkAccountId) {
    for (let i = 0; i < 50_000; i++) {
      const used = (i * 37) % 1200;
      out.push({
        id: `res_bulk_${String(i + 1).padStart(5, '0')}`,
        accountId: bulkAccountId,
        kind: 'sim',
        identifier: iccid('07', i + 1),
        label: i % 5 === 0 ? `Meter ${i + 1}` : '',
        status: i % 13 === 0 ? 'inactive' : 'active',
        usage: { used, unit: 'MB', period: 'month' },
        cap: i % 2 === 0 ? { limit: 1024, alert: 819.2 } : null,
        createdAt: created,
        updatedAt: updated,
        version: 1,
      });
    }
  }
  return out;
}
