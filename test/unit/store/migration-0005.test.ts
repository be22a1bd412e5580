import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/services/bundle';
import { DB_FILE, openStore } from '../../../electron/services/store';
import { FIXTURE_V1 } from '../../fixtures/db/fixtures';
import { anyModel, exportOf, populatedStore } from '../bundle/support';
import { openTestStore, tempDir } from './support';

function openFixture(version: number) {
  const dataDir = tempDir();
  copyFileSync(path.resolve(`test/fixtures/db/v${version}.sqlite`), path.join(dataDir, DB_FILE));
  return openStore({ dataDir, backupCheckMs: 0 });
}

const whoAndSighted = (answers: ReadonlyArray<{ itemId: string; respondent: unknown; sighted: unknown }>) =>
  Object.fromEntries(answers.map((a) => [a.itemId, [a.respondent, a.sighted]]));

describe('schema version 5: respondent and evidence sighted per answer', () => {
  it('a v4 database upgrades with every answer not recorded and unspecified', async () => {
    const store = await openFixture(4);
    expect(whoAndSighted(store.answers.list(FIXTURE_V1.assessmentId))).toEqual({
      'factory.network': [null, 'unspecified'],
      'management.erp': [null, 'unspecified'],
      'production.scheduling': [null, 'unspecified'],
    });
    store.close();
  });

  it('the v5 fixture reads back who answered and what was sighted', async () => {
    const store = await openFixture(5);
    expect(whoAndSighted(store.answers.list(FIXTURE_V1.assessmentId))).toEqual({
      'factory.network': ['it', 'yes'],
      'management.erp': [null, 'unspecified'],
      'production.scheduling': [null, 'no'],
    });
    store.close();
  });

  it('a later write that does not mention them (a note typed) keeps them; the audit trail records them', async () => {
    const store = await openFixture(5);
    const id = FIXTURE_V1.assessmentId;
    const level = { kind: 'level', level: 3 } as const;
    store.answers.save(id, 'factory.network', { value: level, note: '看过机房', flagged: false });
    store.answers.save(id, 'factory.network', {
      value: level,
      note: '看过机房',
      flagged: false,
      respondent: 'equipment',
      sighted: 'no',
    });
    expect(whoAndSighted(store.answers.list(id))['factory.network']).toEqual(['equipment', 'no']);
    const events = store.answers.events(id, { itemId: 'factory.network', offset: 0, limit: 10 }).items;
    expect(events.at(-1)!.old).toMatchObject({ respondent: 'it', sighted: 'yes' });
    expect(events.at(-1)!.new).toMatchObject({ respondent: 'equipment', sighted: 'no' });
    store.close();
  });

  it('a bundle carries them and imports them unchanged', async () => {
    const a = await populatedStore();
    a.store.answers.save(a.assessment.id, 'production.scheduling', {
      value: { kind: 'level', level: 1 },
      note: '',
      flagged: false,
      respondent: 'production',
      sighted: 'yes',
    });
    const b = await openTestStore();
    importBundle(b, exportOf(a.store, a.assessment.id), anyModel);
    expect(whoAndSighted(b.answers.list(a.assessment.id))).toEqual(
      whoAndSighted(a.store.answers.list(a.assessment.id)),
    );
    expect(whoAndSighted(b.answers.list(a.assessment.id))['production.scheduling']).toEqual([
      'production',
      'yes',
    ]);
    a.store.close();
    b.close();
  });
});
