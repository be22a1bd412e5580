import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createPolicyCatalogService } from '../../../electron/services/catalog/policies';
import type { ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { makeTestHost } from '../helpers/host';
import { profile } from './support';

// These handlers use only host and policies; the store is not opened for them.
function context(policies = createPolicyCatalogService()): ServiceContext {
  return { host: makeTestHost(), policies } as unknown as ServiceContext;
}

describe('policy contract methods through dispatch', () => {
  it('policy.list returns the five documents, the scenarios and the catalog version', async () => {
    const env = await dispatch(handlers, context(), 'policy.list', {});
    expect(env.ok).toBe(true);
    if (!env.ok) return;
    const value = env.value as { catalogVersion: string; documents: unknown[]; scenarios: unknown[] };
    expect(value.catalogVersion).toBe('2025.3');
    expect(value.documents).toHaveLength(5);
    expect(value.scenarios.length).toBeGreaterThan(40);
  });

  it('policy.evaluate validates and evaluates; app.info reports the catalog version', async () => {
    const ctx = context();
    const env = await dispatch(handlers, ctx, 'policy.evaluate', { profile: profile(), date: '2025-10-15' });
    expect(env.ok).toBe(true);
    if (env.ok) expect((env.value as { measures: unknown[] }).measures.length).toBeGreaterThan(40);
    const bad = await dispatch(handlers, ctx, 'policy.evaluate', { profile: profile(), date: '2025-13-01' });
    expect(bad.ok ? undefined : bad.error.code).toBe('invalid_input');
    const info = await dispatch(handlers, ctx, 'app.info', {});
    expect(info.ok && (info.value as { catalogVersion: string }).catalogVersion).toBe('2025.3');
  });

  it('scenario.recommend honours the limit', async () => {
    const env = await dispatch(handlers, context(), 'scenario.recommend', { profile: profile(), limit: 3 });
    expect(env.ok && (env.value as { recommendations: unknown[] }).recommendations).toHaveLength(3);
  });

  it('a broken catalog is a clear internal error, and app.info says "invalid"', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sfd-bad-catalog-'));
    writeFileSync(path.join(dir, 'index.yaml'), "catalogVersion: 'x'\ndocuments: []\n");
    const ctx = context(createPolicyCatalogService(dir, dir));
    const env = await dispatch(handlers, ctx, 'policy.list', {});
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.message).toContain('政策目录无效');
    const info = await dispatch(handlers, ctx, 'app.info', {});
    expect(info.ok && (info.value as { catalogVersion: string }).catalogVersion).toBe('invalid');
  });
});
