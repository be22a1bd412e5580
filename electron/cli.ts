/**
 * `npm run diagnose -- <bundle.sfdx> [--pdf out.pdf] [--json out.json] [--lang zh-CN|en|zh-TW] [--date YYYY-MM-DD]`
 * Reads an exported assessment bundle, runs the engine, and writes the diagnosis JSON and/or the
 * PDF report. The bundle is parsed and validated in memory: no database is opened or created.
 * Exit codes: 0 ok · 2 usage · 3 input file missing · 4 not a bundle or corrupt · 5 unknown
 * model version · 6 output not writable · 1 anything else.
 */
import './compile-cache';
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '@contract/errors';
import { CliError } from './cli-error';
import { parseBundle } from './services/bundle';
import { createModelRegistry } from './services/catalog/models';
import { createPolicyCatalogService } from './services/catalog/policies';
import { APP_NAME, APP_VERSION } from './services/identity';
import { documentUpgrader } from './services/assessment/model-upgrade';
import { gatherReportInput } from './services/report/gather';
import { buildReportModel } from './services/report/model/build';
import { ReportLanguageSchema } from './services/report/model/schema';
import { inProcessRenderer } from './services/report/renderer';

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  missing: 3,
  badBundle: 4,
  unknownModel: 5,
  unwritable: 6,
} as const;

const USAGE = `用法: npm run diagnose -- <评估包.sfdx> [--pdf 输出.pdf] [--json 输出.json] [--lang zh-CN|en|zh-TW] [--date YYYY-MM-DD]`;

interface Options {
  bundle: string;
  pdf?: string | undefined;
  json?: string | undefined;
  language: 'zh-CN' | 'en' | 'zh-TW';
  now: Date;
}

function readOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        pdf: { type: 'string' },
        json: { type: 'string' },
        lang: { type: 'string', default: 'zh-CN' },
        date: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new CliError(EXIT.usage, `${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new CliError(EXIT.ok, USAGE);
  if (positionals.length !== 1) throw new CliError(EXIT.usage, `请给出一个评估包文件。\n${USAGE}`);
  const language = ReportLanguageSchema.safeParse(values.lang);
  if (!language.success)
    throw new CliError(EXIT.usage, `不支持的报告语言「${values.lang}」，可选 zh-CN、en、zh-TW`);
  const now = values.date ? new Date(`${values.date}T12:00:00+08:00`) : new Date();
  if (Number.isNaN(now.getTime()))
    throw new CliError(EXIT.usage, `日期「${values.date}」格式不对，应为 YYYY-MM-DD`);
  return { bundle: positionals[0]!, pdf: values.pdf, json: values.json, language: language.data, now };
}

function readBundleFile(file: string): Uint8Array {
  if (!existsSync(file)) throw new CliError(EXIT.missing, `找不到评估包文件：${file}`);
  if (statSync(file).isDirectory()) throw new CliError(EXIT.missing, `「${file}」是文件夹，不是评估包文件`);
  return readFileSync(file);
}

/** Fails before any work when an output file cannot be written. */
function checkWritable(file: string | undefined): void {
  if (!file) return;
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir)) throw new CliError(EXIT.unwritable, `无法写入「${file}」：文件夹 ${dir} 不存在`);
  if (existsSync(file) && statSync(file).isDirectory())
    throw new CliError(EXIT.unwritable, `无法写入「${file}」：这是一个文件夹`);
  try {
    accessSync(existsSync(file) ? file : dir, constants.W_OK);
  } catch {
    throw new CliError(EXIT.unwritable, `无法写入「${file}」：没有写入权限`);
  }
}

function writeOutput(file: string, data: Uint8Array | string): void {
  try {
    writeFileSync(file, data);
  } catch (error) {
    throw new CliError(
      EXIT.unwritable,
      `无法写入「${file}」：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

function bundleError(error: AppError): CliError {
  const reason = (error.details as { reason?: string } | undefined)?.reason;
  const message = error.message.replace(/^无法导入评估包：/, '无法读取评估包：');
  if (error.code === 'unsupported_version' || reason === 'unknown-model')
    return new CliError(EXIT.unknownModel, message);
  return new CliError(EXIT.badBundle, message);
}

export async function runCli(
  argv: readonly string[],
  log: (line: string) => void = console.log,
): Promise<number> {
  const options = readOptions(argv);
  const bytes = readBundleFile(options.bundle);
  checkWritable(options.pdf);
  checkWritable(options.json);
  const models = createModelRegistry();
  let parsed;
  try {
    parsed = parseBundle(bytes, {
      isKnownModel: (id, version) => models.isKnown(id, version),
      upgrade: documentUpgrader(models, () => ''),
    });
  } catch (error) {
    if (error instanceof AppError) throw bundleError(error);
    throw error;
  }
  const input = gatherReportInput({
    profile: parsed.enterprise.profile,
    doc: parsed.doc,
    models,
    policies: createPolicyCatalogService(),
    language: options.language,
    app: { name: APP_NAME, version: APP_VERSION },
    now: options.now,
  });
  const tier = input.diagnosis.summary.tier;
  log(`企业：${input.enterprise.profile.name}（${input.enterprise.profile.creditCode}）`);
  log(`梯度估算：${tier ? tier.statement.zh : '（问卷不含梯度评估）'}`);
  if (options.json) {
    const json = {
      format: 'sfd-diagnosis/1',
      generatedAt: input.generatedAt.toISOString(),
      app: { name: APP_NAME, version: APP_VERSION },
      enterprise: input.enterprise,
      assessment: { id: parsed.doc.id, modelId: parsed.doc.modelId, modelVersion: parsed.doc.modelVersion },
      diagnosis: input.diagnosis,
      subsidies: input.evaluation,
      scenarios: input.recommendations,
    };
    writeOutput(options.json, `${JSON.stringify(json, null, 2)}\n`);
    log(`诊断 JSON：${options.json}`);
  }
  if (options.pdf) {
    const model = buildReportModel(input);
    const report = await inProcessRenderer().render(model);
    writeOutput(options.pdf, report.bytes);
    log(
      `PDF 报告：${options.pdf}（${report.pages} 页，${Math.round(report.bytes.length / 1024)} KB，编号 ${model.meta.reportId}）`,
    );
  }
  return EXIT.ok;
}

/** Runs the command and maps every failure to its exit code and a Chinese message on stderr. */
export async function main(
  argv: readonly string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<number> {
  try {
    return await runCli(argv, out);
  } catch (error) {
    if (error instanceof CliError) {
      if (error.exitCode === EXIT.ok) out(error.message);
      else err(`错误：${error.message}`);
      return error.exitCode;
    }
    err(`错误：${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
}

// Run only as the program itself (dist/electron/cli.cjs), not when a test imports this module.
if (typeof require !== 'undefined' && require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
