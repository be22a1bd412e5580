import type ExcelJS from 'exceljs';

/**
 * exceljs loaded on first use: it is large, and every program start (desktop, web shell, CLI)
 * would otherwise pay for it before the first screen.
 */
export async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
