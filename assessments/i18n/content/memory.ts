/**
 * The English translation memory: one flat `{ Chinese: English }` object per content source
 * (assessments/i18n/content/en/<source>.json), merged into one lookup. The lookup is by the exact
 * Chinese text, so a string used in several places has one English everywhere.
 */
export const CONTENT_SOURCES = [
  'cmmm-gbt39116',
  'smart-factory-tiers',
  'sme-digital-2024',
  'ai-scenarios',
  'policies',
] as const;

export type ContentSource = (typeof CONTENT_SOURCES)[number];

export type MemoryFile = Readonly<Record<string, string>>;

/** The same Chinese text given two different English translations by two files. */
export interface MemoryConflict {
  readonly text: string;
  readonly translations: ReadonlyArray<{ readonly source: string; readonly en: string }>;
}

export interface MergedMemory {
  readonly memory: ReadonlyMap<string, string>;
  readonly conflicts: readonly MemoryConflict[];
}

/** Merges the files in the order given; on a conflict the first file's English is kept. */
export function mergeMemories(files: ReadonlyArray<readonly [string, MemoryFile]>): MergedMemory {
  const memory = new Map<string, string>();
  const seen = new Map<string, Array<{ source: string; en: string }>>();
  for (const [source, file] of files) {
    for (const [text, en] of Object.entries(file)) {
      if (en.trim().length === 0) continue;
      const list = seen.get(text) ?? [];
      list.push({ source, en });
      seen.set(text, list);
      if (!memory.has(text)) memory.set(text, en);
    }
  }
  const conflicts = [...seen.entries()]
    .filter(([, list]) => new Set(list.map((l) => l.en)).size > 1)
    .map(([text, translations]) => ({ text, translations }));
  return { memory, conflicts };
}
