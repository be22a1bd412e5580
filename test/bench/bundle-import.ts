/**
 * Bundle import under memory pressure: the hostile bundle of issue 14 (27 MB of stored data that
 * 150 overlapping directory records claim again and again) and a legitimate bundle carrying
 * 300 MB of evidence (six incompressible 50 MB files, like photos). Each import runs in its own
 * process on an empty data folder, so its peak RSS is its own.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256Of } from '../../electron/services/store/blobs';
import { bundleForNode } from '../helpers/bundle';
import { overlappingStoredBundle } from '../helpers/hostile-zip';

const SAMPLE = path.resolve('test/fixtures/sample-bundle.sfdx');
const MB = 1024 * 1024;

export interface ImportRun {
  ms: number;
  maxRssMB: number;
  result: string;
  bundleMB: number;
}

interface SampleDoc {
  evidence: unknown[];
}

/** The sample bundle with its evidence replaced by `count` random files of `bytes` each. */
function bundleWithEvidence(count: number, bytes: number): Uint8Array {
  const base = unzipSync(readFileSync(SAMPLE));
  const files: Zippable = {};
  for (const [name, data] of Object.entries(base)) if (!name.startsWith('evidence/')) files[name] = data;
  const doc = JSON.parse(new TextDecoder().decode(base['assessment.json'])) as SampleDoc;
  doc.evidence = Array.from({ length: count }, (_, i) => {
    const data = randomBytes(bytes);
    const sha256 = sha256Of(data);
    files[`evidence/${sha256}`] = [data, { level: 0 }];
    return {
      id: randomUUID(),
      itemId: null,
      sha256,
      fileName: `现场照片-${i + 1}.jpg`,
      mimeType: 'image/jpeg',
      size: bytes,
      addedAt: '2026-11-01T08:00:00.000Z',
    };
  });
  files['assessment.json'] = new TextEncoder().encode(JSON.stringify(doc));
  return zipSync(files);
}

function runImport(child: string, bundle: Uint8Array, dir: string): ImportRun {
  const work = mkdtempSync(path.join(dir, 'sfd-bench-import-'));
  try {
    const file = path.join(work, 'bundle.sfdx');
    writeFileSync(file, bundle);
    const dataDir = path.join(work, 'data');
    const out = execFileSync(process.execPath, [child, file, dataDir], { encoding: 'utf8' });
    return {
      ...(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Omit<ImportRun, 'bundleMB'>),
      bundleMB: bundle.length / MB,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function benchBundleImport(quick: boolean, dir = os.tmpdir()) {
  const child = await bundleForNode('test/bench/bundle-import-child.ts');
  const base = unzipSync(readFileSync(SAMPLE));
  const hostile = runImport(child, overlappingStoredBundle(base, quick ? 1 * MB : 27 * MB, 150), dir);
  const large = runImport(child, bundleWithEvidence(6, quick ? 1 * MB : 50 * MB), dir);
  return { hostile, large };
}
