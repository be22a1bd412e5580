// `npm start`: the desktop app when the Electron binary is installed, otherwise the same app in
// the browser (web shell), said in one line rather than Electron's failing download.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const args = process.argv.slice(2);
const binary = electronBinary();
const [command, commandArgs] = binary
  ? [binary, ['.', ...args]]
  : [process.execPath, ['dist/electron/web-shell.cjs', ...args]];
if (!binary) {
  console.log(
    '未安装 Electron 可执行文件，改用浏览器模式（网址见下）/ Electron binary not installed: starting the browser mode instead (URL below).',
  );
}
const child = spawn(command, commandArgs, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
