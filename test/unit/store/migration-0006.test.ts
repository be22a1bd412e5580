import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openStore } from '../../../electron/services/store';
import { FIXTURE_V1, FIXTURE_V6 } from '../../fixtures/db/fixtures';
import { tempDir } from './support';

function openFixture(version: number) {
  const dataDir = tempDir();
  copyFileSync(path.resolve(`test/fixtures/db/v${version}.sqlite`), path.join(dataDir, DB_FILE));
  return openStore({ dataDir, backupCheckMs: 0 });
}

describe('schema version 6: questionnaire-upgrade notes per assessment', () => {
  it('a v5 database upgrades with no upgrade notes', async () => {
    const store = await openFixture(5);
    expect(store.assessments.get(FIXTURE_V1.assessmentId).modelUpgrades).toEqual([]);
    store.close();
  });

  it('the v6 fixture reads back its note: the question, what happened and the original answer', async () => {
    const store = await openFixture(6);
    const [note] = store.assessments.get(FIXTURE_V1.assessmentId).modelUpgrades;
    expect(note).toMatchObject({ fromVersion: '2025.1', toVersion: '2025.2' });
    expect(note!.changes.map((c) => [c.question, c.outcome])).toEqual([[FIXTURE_V6.question, 'dropped']]);
    expect(note!.original[0]!.value).toEqual({ kind: 'boolean', value: true });
    store.close();
  });
});
