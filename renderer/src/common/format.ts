/** Local date and time as consultants read it, in the UI language. */
export function formatDateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatTime(iso: string, language: string): string {
  return new Date(iso).toLocaleTimeString(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** 万元 with up to two decimals, grouped. */
export function formatWan(wan: number, language: string): string {
  return wan.toLocaleString(language, { maximumFractionDigits: 2 });
}
