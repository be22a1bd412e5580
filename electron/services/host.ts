/** What a shell (Electron, web shell, CLI, tests) hands to the services: paths, identity, dialogs. */
export interface Host {
  readonly runtime: 'electron' | 'web' | 'cli' | 'test';
  readonly appName: string;
  readonly appVersion: string;
  /** folder holding the database, evidence files, backups and exported reports */
  readonly dataDir: string;
  /**
   * Lets the user choose where a produced file goes (Electron: save dialog). Returns the chosen
   * path, or undefined when cancelled. Absent in the web shell: the renderer downloads instead.
   */
  readonly saveFile?: (suggestedName: string, bytes: Uint8Array) => Promise<string | undefined>;
  /**
   * Lets the user choose where a large file goes, which the service then writes itself a piece
   * at a time (Electron: save dialog; an assessment bundle). Undefined when cancelled.
   */
  readonly chooseSavePath?: (suggestedName: string) => Promise<string | undefined>;
  /**
   * The assessment bundle the user double-clicked to launch the app, handed out once (Electron:
   * argv, second-instance argv, macOS open-file). Absent in the web shell and the CLI.
   */
  readonly takePendingOpen?: () => string | undefined;
  /**
   * Lets the user choose an assessment bundle to import (Electron: open dialog). Returns the
   * chosen path, or undefined when cancelled. Absent in the web shell: the renderer uploads.
   */
  readonly chooseBundle?: () => Promise<string | undefined>;
}
