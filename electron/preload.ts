/**
 * Runs sandboxed in the renderer's isolated world. Exposes exactly one async function per
 * contract method as window.sfd[method]; each returns the call's envelope. Nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf } from '@contract/channel';
import { METHODS } from '@contract/contract';

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const method of METHODS) {
  api[method] = (input: unknown) => ipcRenderer.invoke(channelOf(method), input);
}
contextBridge.exposeInMainWorld('sfd', Object.freeze(api));
