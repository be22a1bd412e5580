/** IPC channel of a contract method; shared by ipc.ts (main) and preload.ts. */
export function channelOf(method: string): string {
  return `api:${method}`;
}
