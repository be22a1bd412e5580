import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  PolicyCatalogIndexSchema,
  PolicyDocumentSchema,
  catalogIntegrityIssues,
  type PolicyCatalog,
  type PolicyCatalogIndex,
  type PolicyDocument,
} from '@engine/policy/schema';
import { ScenarioCatalogSchema, scenarioIntegrityIssues, type Scenario } from '@engine/scenario/schema';

/** Reads the subsidy and scenario catalogs from YAML and validates them; reports, never throws. */

export interface CatalogIssue {
  readonly file: string;
  readonly message: string;
}

export interface CatalogFiles {
  readonly index?: PolicyCatalogIndex;
  readonly documents: { readonly file: string; readonly doc: PolicyDocument; readonly raw: unknown }[];
  readonly scenarioFiles: { readonly file: string; readonly scenarios: Scenario[]; readonly raw: unknown }[];
  readonly issues: CatalogIssue[];
}

function zodIssues(file: string, error: z.ZodError): CatalogIssue[] {
  return error.issues
    .slice(0, 20)
    .map((i) => ({ file, message: `${i.path.join('.') || '(根)'}：${i.message}` }));
}

function readYaml(file: string, issues: CatalogIssue[]): unknown {
  if (!existsSync(file)) {
    issues.push({ file, message: '文件不存在' });
    return undefined;
  }
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    issues.push({ file, message: `YAML 解析失败：${(error as Error).message}` });
    return undefined;
  }
}

function parseWith<T>(
  schema: z.ZodType<T>,
  file: string,
  raw: unknown,
  issues: CatalogIssue[],
): T | undefined {
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) issues.push(...zodIssues(file, parsed.error));
  return parsed.success ? parsed.data : undefined;
}

export function readCatalogFiles(policiesDir: string, scenariosDir: string): CatalogFiles {
  const issues: CatalogIssue[] = [];
  const indexFile = path.join(policiesDir, 'index.yaml');
  const index = parseWith(PolicyCatalogIndexSchema, indexFile, readYaml(indexFile, issues), issues);
  const documents: CatalogFiles['documents'] = [];
  const scenarioFiles: CatalogFiles['scenarioFiles'] = [];
  for (const name of index?.documents ?? []) {
    const file = path.join(policiesDir, name);
    const raw = readYaml(file, issues);
    const doc = parseWith(PolicyDocumentSchema, file, raw, issues);
    if (doc) documents.push({ file, doc, raw });
  }
  for (const name of index?.scenarios ?? []) {
    const file = path.join(scenariosDir, name);
    const raw = readYaml(file, issues);
    const catalog = parseWith(ScenarioCatalogSchema, file, raw, issues);
    if (catalog) scenarioFiles.push({ file, scenarios: catalog.scenarios, raw });
  }
  for (const message of catalogIntegrityIssues(documents.map((d) => d.doc)))
    issues.push({ file: policiesDir, message });
  const allScenarios = scenarioFiles.flatMap((f) => f.scenarios);
  for (const message of scenarioIntegrityIssues(allScenarios)) issues.push({ file: scenariosDir, message });
  return { ...(index ? { index } : {}), documents, scenarioFiles, issues };
}

export interface LoadedCatalogs {
  readonly policy: PolicyCatalog;
  readonly scenarios: readonly Scenario[];
}

export function toLoadedCatalogs(files: CatalogFiles): LoadedCatalogs | undefined {
  if (!files.index || files.issues.length > 0) return undefined;
  return {
    policy: { version: files.index.catalogVersion, documents: files.documents.map((d) => d.doc) },
    scenarios: files.scenarioFiles.flatMap((f) => f.scenarios),
  };
}
