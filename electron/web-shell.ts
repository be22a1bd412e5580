/**
 * `npm run web`: the app in any browser, for machines without Electron, for development and
 * for the e2e tests. Same contract, same validation, loopback only, a fresh token per launch.
 */
import './compile-cache';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeContext, createContext } from './services/context';
import { defaultDataDir } from './services/data-dir';
import { handlers } from './services/handlers';
import { APP_NAME, APP_VERSION } from './services/identity';
import { appPath } from './services/resources';
import { startWebShell } from './web/server';
import { MAX_BUNDLE_BYTES } from '@contract/bundle-limits';

function readOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      data: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (values.help || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.log('用法: npm run web -- [--port <端口, 默认随机>] [--data <数据文件夹>]');
    process.exit(values.help ? 0 : 2);
  }
  return { port, dataDir: path.resolve(values.data ?? defaultDataDir(APP_NAME)) };
}

async function main(): Promise<void> {
  const { port, dataDir } = readOptions();
  const context = await createContext({
    runtime: 'web',
    appName: APP_NAME,
    appVersion: APP_VERSION,
    dataDir,
  });
  const shell = await startWebShell({
    handlers,
    context,
    port,
    staticDir: appPath('dist', 'renderer'),
    // a bundle upload is kept as a temporary file until bundle.import reads it (then removed)
    upload: {
      maxBytes: MAX_BUNDLE_BYTES,
      accept: (file, name, size) => context.staged.add(file, size, true, name),
    },
  });
  console.log(`${APP_NAME} 已启动（浏览器模式），数据文件夹：${dataDir}`);
  console.log(`在浏览器中打开：${shell.appUrl}`);
  // machine-readable line for scripts and tests
  console.log(`SFD_URL=${shell.appUrl}`);
  const stop = () =>
    void shell.close().then(() => {
      closeContext(context); // releases the data-folder lock for the next launch
      process.exit(0);
    });
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
