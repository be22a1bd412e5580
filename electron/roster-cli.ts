/**
 * `npm run roster -- --data <folder> --xlsx roster.xlsx` or `npm run roster -- a.sfdx b.sfdx … --xlsx roster.xlsx`
 * Writes the 建档立卡 roster of a data folder, or of assessment bundles (imported into a
 * temporary folder that is removed afterwards; bundles never touch a real data folder).
 * Exit codes: 0 ok · 2 usage · 3 input missing · 4 a data folder in use or unreadable · 1 anything else.
 */
import './compile-cache';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '@contract/errors';
import { CliError } from './cli-error';
import { closeContext, createContext, type ServiceContext } from './services/context';
import { APP_NAME, APP_VERSION } from './services/identity';
import { importManyBundles } from './services/portfolio/import-many';
import { rosterEntries } from './services/portfolio/handlers';
import { buildRoster } from './services/portfolio/roster';

const USAGE =
  '用法: npm run roster -- --data <数据文件夹> --xlsx 名册.xlsx\n   或: npm run roster -- a.sfdx b.sfdx … --xlsx 名册.xlsx';

interface Options {
  readonly data: string | undefined;
  readonly bundles: readonly string[];
  readonly xlsx: string;
}

function readOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { data: { type: 'string' }, xlsx: { type: 'string' } },
    });
  } catch (error) {
    throw new CliError(2, `${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (!values.xlsx) throw new CliError(2, `请用 --xlsx 给出名册文件。\n${USAGE}`);
  if (Boolean(values.data) === positionals.length > 0)
    throw new CliError(2, `请给出一个数据文件夹（--data）或若干评估包，二选一。\n${USAGE}`);
  for (const file of [values.data, ...positionals]) {
    if (file && !existsSync(file)) throw new CliError(3, `找不到：${file}`);
  }
  return { data: values.data, bundles: positionals, xlsx: values.xlsx };
}

async function open(dataDir: string): Promise<ServiceContext> {
  try {
    return await createContext({ runtime: 'cli', appName: APP_NAME, appVersion: APP_VERSION, dataDir });
  } catch (error) {
    throw new CliError(4, `无法打开数据文件夹「${dataDir}」：${(error as Error).message}`);
  }
}

async function writeRoster(ctx: ServiceContext, file: string, log: (line: string) => void): Promise<void> {
  const entries = rosterEntries(ctx, { query: '' });
  writeFileSync(file, await buildRoster(entries, new Date()));
  log(`名册：${file}（${entries.length} 家企业，每家取最近一次已完成的评估）`);
}

export async function runRoster(argv: readonly string[], log: (line: string) => void): Promise<number> {
  const options = readOptions(argv);
  const temp = options.data ? undefined : mkdtempSync(path.join(os.tmpdir(), 'sfd-roster-'));
  const ctx = await open(options.data ?? temp!);
  try {
    if (options.bundles.length) {
      const files = options.bundles.map((f) => ({ fileName: path.basename(f), bytes: readFileSync(f) }));
      for (const r of importManyBundles(ctx.store, files, ctx.bundleImport)) {
        log(
          r.outcome === 'refused'
            ? `跳过 ${r.fileName}：${r.reason}`
            : `读入 ${r.fileName}：${r.enterpriseName}`,
        );
      }
    }
    await writeRoster(ctx, options.xlsx, log);
    return 0;
  } finally {
    closeContext(ctx);
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await runRoster(argv, console.log);
  } catch (error) {
    console.error(`错误：${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof CliError) return error.exitCode;
    return error instanceof AppError ? 4 : 1;
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
