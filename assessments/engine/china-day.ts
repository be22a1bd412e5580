/**
 * "Today" and "the date of" for this app: the calendar day in Asia/Shanghai, whatever the clock of the
 * machine is set to. The enterprises, the offices and the policy deadlines are in Guangdong, so a bundle
 * exported at 07:30 Beijing time carries that day, not yesterday's UTC date, and a validity window ends
 * on the day the document states.
 */
const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD in Asia/Shanghai of an instant (a Date or an ISO string); an unreadable string keeps its first 10 characters. */
export function chinaDay(at: Date | string = new Date()): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) return typeof at === 'string' ? at.slice(0, 10) : '';
  return DAY.format(ms);
}

/** YYYYMMDD in Asia/Shanghai, for file names. */
export function chinaDayStamp(at: Date | string = new Date()): string {
  return chinaDay(at).replace(/-/g, '');
}
