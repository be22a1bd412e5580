import { describe, expect, it } from 'vitest';
import { phrase, textPhrase, uniquePhrases, type Phrase } from '../../../assessments/engine/phrase';

describe('policy phrase lists without repeats', () => {
  it('drops a repeated sentence, with or without arguments, and keeps the first of each in order', () => {
    const plain = phrase('text');
    const withArgs = textPhrase('须在广东省内注册');
    const other = textPhrase('须为规模以上工业企业');
    const items: Phrase[] = [withArgs, plain, { key: 'text' }, textPhrase('须在广东省内注册'), other, plain];
    expect(uniquePhrases(items)).toEqual([withArgs, plain, other]);
  });

  it('tells a sentence without arguments from the same sentence with them', () => {
    const items: Phrase[] = [phrase('text'), textPhrase('text'), { key: 'text', args: {} }];
    expect(uniquePhrases(items)).toHaveLength(3);
  });

  it('hands back a new list even when there is nothing to compare', () => {
    const one = [textPhrase('须在广东省内注册')];
    const out = uniquePhrases(one);
    expect(out).toEqual(one);
    expect(out).not.toBe(one);
    expect(uniquePhrases([])).toEqual([]);
  });
});
