import { ProvisioningError, type ErrorKind } from '../src/api/errors.js';
import { createDemoData, type DemoData } from '../src/api/memory/demo-data.js';
import { createMemoryClient, type MemoryClientOptions } from '../src/api/memory/index.js';

/** The demo data dated from today, so pending password links and current rights look current. */
export const demoData = (bulk = false): DemoData => createDemoData({ bulk, now: new Date() });

/** A memory client over the demo data, signed in as `principal`, as slow as `latency` ms. */
export const demoClient = (
  { principal, latency }: { principal: string; latency: number },
  data: DemoData = demoData(),
  fail?: MemoryClientOptions['fail'],
) => createMemoryClient(data, { principal, latency, fail });

/** Fault injection: the operation `op` fails with `kind`, everything else works. */
export const failing =
  (op: string, kind: ErrorKind, message: string): MemoryClientOptions['fail'] =>
  (called) =>
    called === op ? new ProvisioningError(kind, message) : undefined;
