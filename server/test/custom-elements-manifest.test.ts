import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';

/**
 * custom-elements.json feeds Storybook's docs: only the public API may be in it (issue 13).
 * Builds it with the project's config into a scratch folder and reads it.
 */
type Member = { name: string; privacy?: string };
type Declaration = {
  name: string;
  customElement?: boolean;
  members?: Member[];
  events?: { name: string; type?: { text: string } }[];
  cssStates?: { name: string }[];
};
let elements: Map<string, Declaration>;
let allNames: string[];

before(() => {
  const outdir = 'node_modules/.cache/tk-manifest-test';
  // The analyzer writes its output path into package.json's `customElements`: put it back.
  const packageJson = readFileSync('package.json', 'utf8');
  execFileSync(
    'npx',
    ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir],
    {
      stdio: 'ignore',
    },
  );
  writeFileSync('package.json', packageJson);
  const manifest = JSON.parse(readFileSync(`${outdir}/custom-elements.json`, 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  elements = new Map(declarations.filter((d) => d.customElement).map((d) => [d.name, d]));
  allNames = declarations.flatMap((d) => [d.name, ...(d.members ?? []).map((m) => m.name)]);
});

describe('custom-elements.json', () => {
  it('lists no internals: private state, tasks, queried nodes, lifecycle, helpers', () => {
    for (const internal of [
      'cacheRevision',
      'scroller',
      'usersTask',
      'meTask',
      'principal',
      'rows',
      'dialogEl',
      'willUpdate',
      'render',
      'styles',
      'addEventListener',
      'renderToolbar',
      'renderDialog',
      'openDialog',
      'growDomain',
    ])
      assert.ok(!allNames.includes(internal), `${internal} is internal but in the manifest`);
    for (const el of elements.values())
      for (const m of el.members ?? [])
        assert.ok(m.privacy !== 'private' && m.privacy !== 'protected', `${el.name}.${m.name}`);
  });

  it('keeps the public API of the access-rights table, with typed events and custom states', () => {
    const table = elements.get('TkAccessRightsTable')!;
    const members = (table.members ?? []).map((m) => m.name);
    for (const name of [
      'accountId',
      'columns',
      'dataProvider',
      'filter',
      'sort',
      'offerHref',
      'view',
      'whenReady',
      'refresh',
    ])
      assert.ok(members.includes(name), name);
    const events = new Map((table.events ?? []).map((e) => [e.name, e.type?.text]));
    assert.equal(events.get('tk-access-right-created'), 'CustomEvent<TkAccessRightDetail>');
    assert.equal(events.get('tk-offer-open'), 'CustomEvent<TkOfferOpenDetail>');
    assert.ok([...events.values()].every(Boolean), 'every event has a detail type');
    assert.deepEqual(
      (table.cssStates ?? []).map((s) => s.name),
      ['loading', 'error', 'empty', 'no-match', 'read-only'],
    );
    assert.ok(elements.get('TkUserManager'), 'the user manager is documented');
  });
});
