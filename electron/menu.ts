import type { MenuItemConstructorOptions } from 'electron';

/** Menu labels come from the shared message catalog (menu.*), Chinese by default. */
export type MenuMessages = Readonly<Record<string, string>>;

export function appMenuTemplate(t: MenuMessages, isDev: boolean): MenuItemConstructorOptions[] {
  const label = (key: string) => t[key] ?? key;
  const view: MenuItemConstructorOptions[] = [
    { label: label('reload'), role: 'reload' },
    { type: 'separator' },
    { label: label('zoomIn'), role: 'zoomIn' },
    { label: label('zoomOut'), role: 'zoomOut' },
    { label: label('resetZoom'), role: 'resetZoom' },
    { type: 'separator' },
    { label: label('toggleFullScreen'), role: 'togglefullscreen' },
  ];
  if (isDev) view.push({ label: label('devTools'), role: 'toggleDevTools' });
  return [
    { label: label('file'), submenu: [{ label: label('quit'), role: 'quit' }] },
    {
      label: label('edit'),
      submenu: [
        { label: label('undo'), role: 'undo' },
        { label: label('redo'), role: 'redo' },
        { type: 'separator' },
        { label: label('cut'), role: 'cut' },
        { label: label('copy'), role: 'copy' },
        { label: label('paste'), role: 'paste' },
        { label: label('selectAll'), role: 'selectAll' },
      ],
    },
    { label: label('view'), submenu: view },
    { label: label('window'), submenu: [{ label: label('minimize'), role: 'minimize' }] },
  ];
}
