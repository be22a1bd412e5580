import { chinaDay } from '@engine/china-day';
import type { Label } from '@engine/diagnosis/schema';
import { AS_GIVEN, phraseText } from '../../../../assessments/presentation/phrase';
import type { BuildContext, ReportInput } from './input';
import { format, messagesFor } from './messages';

const trim1 = (n: number): string => String(Math.round(n * 10) / 10);

export function buildContext(input: ReportInput): BuildContext {
  const m = messagesFor(input.language);
  const t: BuildContext['t'] = (key, vars) => format(m[key], vars);
  const pick = (label: Label) => (input.language === 'en' ? label.en : label.zh);
  const date = (iso: string) => {
    const [y = '', mo = '', d = ''] = chinaDay(iso).split('-');
    return t('date.format', { y, m: String(Number(mo)), d: String(Number(d)), mm: mo, dd: d });
  };
  return {
    input,
    m,
    t,
    pick,
    // an English input is in English already (englishInput), a zh-TW model is converted as a whole
    phrase: (p) => phraseText(p, input.language, { ...AS_GIVEN, pick }),
    date,
    score: (value, max) => t('score.of', { value: trim1(value), max: trim1(max) }),
  };
}
