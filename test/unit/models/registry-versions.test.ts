import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createModelRegistry } from '../../../electron/services/catalog/models';
import { MODELS_DIR } from '../engine/support';

/** The shipped packs plus an older copy of the SME pack at version 2023.1 (a folder of its own). */
function withOlderSme(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sfd-registry-'));
  cpSync(MODELS_DIR, dir, { recursive: true });
  const older = path.join(dir, 'sme-digital-2024', '2023.1');
  cpSync(path.join(dir, 'sme-digital-2024', '2024.1'), older, { recursive: true });
  const file = path.join(older, 'model.yaml');
  const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  raw['version'] = '2023.1';
  writeFileSync(file, stringify(raw));
  return dir;
}

// the registry indexes packs by id once per load; these pin what the per-call filter and sort gave
describe('model registry lookups with two versions of a pack', () => {
  const models = createModelRegistry(withOlderSme());

  it('without a version gives the newest, with one gives exactly that version', () => {
    expect(models.issues()).toEqual([]);
    expect(models.get('sme-digital-2024')?.version).toBe('2024.1');
    expect(models.get('sme-digital-2024', '2023.1')?.version).toBe('2023.1');
    expect(models.get('sme-digital-2024', '2022.1')).toBeUndefined();
    expect(models.get('no-such-pack')).toBeUndefined();
    expect(models.isKnown('sme-digital-2024', '2023.1')).toBe(true);
    expect(models.newestVersion('sme-digital-2024')).toBe('2024.1');
  });

  it('builds each questionnaire once and hands the same one to every later call', () => {
    const first = models.questionnaire('sme-digital-2024');
    expect(first?.modelVersion).toBe('2024.1');
    expect(models.questionnaire('sme-digital-2024')).toBe(first);
    expect(models.questionnaire('sme-digital-2024', '2023.1')?.modelVersion).toBe('2023.1');
  });
});
