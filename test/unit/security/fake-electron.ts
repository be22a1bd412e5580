/**
 * A stand-in for the 'electron' module that records what electron/main.ts registers, so the
 * security tests can call the very handlers main installs (navigation, permissions, requests,
 * the app:// protocol, IPC) without starting Electron.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Listener = (...args: unknown[]) => unknown;

export interface FakeContents {
  readonly listeners: Map<string, Listener>;
  openHandler?: Listener;
  on(event: string, listener: Listener): FakeContents;
  setWindowOpenHandler(handler: Listener): void;
}

export interface FakeWindow {
  readonly options: Record<string, unknown>;
  loadedUrl?: string;
  minimized: boolean;
  readonly calls: string[];
  readonly webContents: FakeContents;
}

export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string;
}

export interface FakeElectron {
  readonly module: Record<string, unknown>;
  readonly userData: string;
  readonly appListeners: Map<string, Listener[]>;
  readonly calls: string[];
  readonly windows: FakeWindow[];
  readonly privilegedSchemes: unknown[];
  readonly protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  readonly fetched: string[];
  readonly ipcHandlers: Map<string, Listener>;
  readonly externalUrls: string[];
  permissionRequest?: Listener;
  permissionCheck?: Listener;
  /** the template main.ts set as the application menu */
  menu?: unknown;
  beforeRequest?: Listener;
  /** what the next save dialog answers */
  nextSaveDialog: SaveDialogResult;
  /** the button index the next message box answers, and the options of those shown */
  nextMessageBox: number;
  readonly messageBoxes: unknown[];
  /** emits an app event to everything main registered for it (on and once) */
  emit(event: string, ...args: unknown[]): void;
  newContents(): FakeContents;
}

export function createFakeElectron(options: { singleInstance: boolean }): FakeElectron {
  const userData = mkdtempSync(path.join(os.tmpdir(), 'sfd-fake-userdata-'));
  const documents = mkdtempSync(path.join(os.tmpdir(), 'sfd-fake-documents-'));
  const fake: FakeElectron = {
    module: {},
    userData,
    appListeners: new Map(),
    calls: [],
    windows: [],
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    fetched: [],
    ipcHandlers: new Map(),
    externalUrls: [],
    nextSaveDialog: { canceled: true },
    nextMessageBox: 0,
    messageBoxes: [],
    emit(event, ...args) {
      for (const listener of fake.appListeners.get(event) ?? []) listener(...args);
    },
    newContents() {
      const contents: FakeContents = {
        listeners: new Map(),
        on(event, listener) {
          contents.listeners.set(event, listener);
          return contents;
        },
        setWindowOpenHandler(handler) {
          contents.openHandler = handler;
        },
      };
      return contents;
    },
  };
  const listen = (event: string, listener: Listener) => {
    fake.appListeners.set(event, [...(fake.appListeners.get(event) ?? []), listener]);
  };

  const app = {
    isPackaged: false,
    requestSingleInstanceLock: () => {
      fake.calls.push('requestSingleInstanceLock');
      return options.singleInstance;
    },
    quit: () => void fake.calls.push('quit'),
    exit: (code: number) => void fake.calls.push(`exit ${code}`),
    on: listen,
    once: listen,
    whenReady: () => {
      fake.calls.push('whenReady');
      return Promise.resolve();
    },
    getPath: (name: string) => (name === 'userData' ? userData : documents),
  };

  class BrowserWindow implements FakeWindow {
    loadedUrl?: string;
    minimized = false;
    readonly calls: string[] = [];
    readonly webContents = fake.newContents();
    constructor(readonly options: Record<string, unknown>) {
      fake.windows.push(this);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {}
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.calls.push('restore');
    }
    focus() {
      this.calls.push('focus');
    }
  }

  fake.module.app = app;
  fake.module.BrowserWindow = BrowserWindow;
  fake.module.dialog = {
    showSaveDialog: (...args: unknown[]) => {
      fake.calls.push(`showSaveDialog ${JSON.stringify(args.at(-1))}`);
      return Promise.resolve(fake.nextSaveDialog);
    },
    showMessageBoxSync: (_window: unknown, options: unknown) => {
      fake.messageBoxes.push(options);
      return fake.nextMessageBox;
    },
    showErrorBox: (title: string, message: string) =>
      void fake.calls.push(`showErrorBox ${title}: ${message}`),
  };
  fake.module.ipcMain = {
    handle: (channel: string, listener: Listener) => fake.ipcHandlers.set(channel, listener),
  };
  fake.module.Menu = {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => {
      fake.menu = menu;
      fake.calls.push('setApplicationMenu');
    },
  };
  fake.module.net = {
    fetch: (url: string) => {
      fake.fetched.push(url);
      return Promise.resolve(new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }));
    },
  };
  fake.module.protocol = {
    registerSchemesAsPrivileged: (schemes: unknown[]) => void fake.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      void fake.protocolHandlers.set(scheme, handler),
  };
  fake.module.session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequest = handler),
      setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheck = handler),
      webRequest: { onBeforeRequest: (...args: unknown[]) => (fake.beforeRequest = args.at(-1) as Listener) },
    },
  };
  fake.module.shell = {
    openExternal: (url: string) => {
      fake.externalUrls.push(url);
      return Promise.resolve();
    },
  };
  return fake;
}
