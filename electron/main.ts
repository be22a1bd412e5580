/**
 * Electron main process: lifecycle, single-instance lock, the one window, the Chinese menu and
 * the security defaults of docs/architecture.md §7. Everything else lives in services/, shared with the web
 * shell and the CLI; this file only wires Electron to it.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import en from '../assessments/i18n/en.json';
import zhCN from '../assessments/i18n/zh-CN.json';
import zhTW from '../assessments/i18n/zh-TW.json';
import { bindIpc, APP_ORIGIN } from './ipc';
import { choseToLeave, leaveDialogOptions } from './leave-dialog';
import { appMenuTemplate } from './menu';
import { SECURITY_HEADERS } from './security/csp';
import { closeContext, createContext } from './services/context';
import { handlers } from './services/handlers';
import { APP_NAME, APP_VERSION } from './services/identity';
import { bundleArgument } from './services/launch/bundle-arg';
import { appPath } from './services/resources';
import { resolveStatic } from './web/static';
import { mainWindowOptions } from './window-options';

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const MENU_MESSAGES = { 'zh-CN': zhCN.menu, en: en.menu, 'zh-TW': zhTW.menu } as const;
const LEAVE_MESSAGES = {
  'zh-CN': zhCN.leaveUnsaved,
  en: en.leaveUnsaved,
  'zh-TW': zhTW.leaveUnsaved,
} as const;
type Language = keyof typeof LEAVE_MESSAGES;

let mainWindow: BrowserWindow | undefined;
/** A double-clicked .sfdx bundle waiting for the renderer to ask (app.pendingOpen); handed out once. */
let pendingBundle = bundleArgument(process.argv, process.cwd());

function takePendingBundle(): string | undefined {
  const file = pendingBundle;
  pendingBundle = undefined;
  return file;
}

/** Brings the window forward; its renderer asks for the pending bundle when it regains focus. */
function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Serves dist/renderer under app://renderer/ with our CSP; nothing outside that folder. */
function registerAppProtocol(): void {
  const root = appPath('dist', 'renderer');
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'renderer' ? resolveStatic(root, url.pathname) : undefined;
    if (!file) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    for (const [key, value] of Object.entries(SECURITY_HEADERS)) headers.set(key, value);
    return new Response(response.body, { status: response.status, headers });
  });
}

/** No remote content, no permissions, no navigation away, no new windows, no webviews. */
function lockDownSessions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // help links open in the system browser; the app never opens windows of its own
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

async function chooseSavePath(suggestedName: string): Promise<string | undefined> {
  const options = { defaultPath: path.join(app.getPath('documents'), suggestedName) };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? undefined : result.filePath;
}

async function saveFile(suggestedName: string, bytes: Uint8Array): Promise<string | undefined> {
  const file = await chooseSavePath(suggestedName);
  if (file !== undefined) await writeFile(file, bytes);
  return file;
}

async function chooseBundle(): Promise<string | undefined> {
  const options = {
    properties: ['openFile' as const],
    filters: [{ name: '智造自诊评估包', extensions: ['sfdx'] }],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

function createWindow(language: () => Language): void {
  const preload = path.join(__dirname, 'preload.cjs');
  const window = new BrowserWindow(mainWindowOptions(preload, APP_NAME));
  mainWindow = window;
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // the page holds text the store refused: ask, since Electron would silently keep the window open
  window.webContents.on('will-prevent-unload', (event) => {
    const options = leaveDialogOptions(LEAVE_MESSAGES[language()]);
    if (choseToLeave(dialog.showMessageBoxSync(window, options))) event.preventDefault();
  });
  mainWindow.on('closed', () => (mainWindow = undefined));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSessions();
  registerAppProtocol();
  const context = await createContext({
    runtime: 'electron',
    appName: APP_NAME,
    appVersion: APP_VERSION,
    dataDir: app.getPath('userData'),
    saveFile,
    chooseSavePath,
    chooseBundle,
    takePendingOpen: takePendingBundle,
  });
  // the menu speaks the language chosen in Settings (Chinese until one is chosen; applies from the next start)
  const menu = MENU_MESSAGES[context.store.settings.get().language];
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(menu, !app.isPackaged)));
  bindIpc(ipcMain, handlers, context);
  // releases the database and the data-folder lock so the next launch (or the web shell) can open it
  app.once('will-quit', () => closeContext(context));
  createWindow(() => context.store.settings.get().language);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    pendingBundle = bundleArgument(argv, workingDirectory) ?? pendingBundle;
    focusMainWindow();
  });
  // macOS delivers double-clicked files as events, possibly before 'ready'
  app.on('open-file', (event, file) => {
    event.preventDefault();
    pendingBundle = file;
    focusMainWindow();
  });
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    dialog.showErrorBox(APP_NAME, error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
