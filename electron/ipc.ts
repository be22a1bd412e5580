import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf } from '@contract/channel';
import { METHODS } from '@contract/contract';
import { dispatch, type Handlers } from '@contract/dispatch';
import type { Envelope } from '@contract/errors';

/** The renderer's origin under the custom protocol; nothing else may call the API. */
export const APP_ORIGIN = 'app://renderer';

/** Only the app's own top-level frame, loaded from app://renderer, may call. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    // origin is 'null' for non-special schemes like app:, so compare scheme and host
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Registers one ipcMain.handle per contract method; every call is sender-checked and validated. */
export function bindIpc<Ctx>(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers<Ctx>, ctx: Ctx): void {
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'forbidden', message: '拒绝来自非应用页面的调用' },
        });
      }
      return dispatch(handlers, ctx, method, input);
    });
  }
}
