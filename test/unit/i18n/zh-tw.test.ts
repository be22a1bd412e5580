import { describe, expect, it } from 'vitest';
import { quotesIn } from '../../../assessments/i18n/verbatim';
import { toTaiwan, toTaiwanDeep } from '../../../assessments/i18n/zh-tw/convert';
import { simplifiedOnlyChars, without } from '../../helpers/script-check';
import { samplePdf, streamText } from '../report/support';

describe('toTaiwan (OpenCC cn → twp with the terms-of-art list)', () => {
  it('converts characters and Taiwan phrasing', () => {
    expect(toTaiwan('距离基础级还差')).toBe('距離基礎級還差');
    expect(toTaiwan('信息化软件')).toBe('資訊化軟體');
    expect(toTaiwan('知识产权融资贴息')).toBe('智慧財產權融資貼息');
  });

  it('keeps the programme and standard names as Guangdong writes them', () => {
    expect(toTaiwan('智能制造能力成熟度')).toBe('智能製造能力成熟度');
    expect(toTaiwan('工业互联网平台')).toBe('工業互聯網平臺');
    expect(toTaiwan('设备管理')).toBe('設備管理');
    expect(toTaiwan('中小企业数字化水平')).toBe('中小企業數字化水平');
    expect(toTaiwan('人工智能')).toBe('人工智能');
  });

  it('keeps words Taiwan phrasing would turn into another meaning, Simplified or already Traditional', () => {
    expect(toTaiwan('自动切换工艺参数')).toBe('自動切換工藝參數'); // not 引數 (a program's argument)
    expect(toTaiwan('四级（优化级）')).toBe('四級（優化級）'); // GB/T 39116's level name, not 最佳化級
    expect(toTaiwan('公开政策文件')).toBe('公開政策文件'); // a document, not 檔案 (a file)
    expect(toTaiwan('部分区域')).toBe('部分區域'); // not 部分割槽域
    expect(toTaiwan('网络分区')).toBe('網路分區'); // not 分割槽 (a disk partition)
    expect(toTaiwan('统一社会信用代码')).toBe('統一社會信用代碼'); // not 程式碼
    expect(toTaiwan('缺陷类型')).toBe('缺陷類型'); // not 型別
    expect(toTaiwan('免责声明')).toBe('免責聲明');
    expect(toTaiwan('三级（集成级）')).toBe('三級（集成級）'); // GB/T 39116's level name, not 整合級
    expect(toTaiwan('主管部门发布的审核结果')).toBe('主管部門發布的審核結果'); // not 釋出 / 稽核
    expect(toTaiwan('支持对象')).toBe('支持對象'); // not 支援物件
    expect(toTaiwan('設備——關鍵設備資料採集')).toBe('設備——關鍵設備資料採集'); // not 裝置
  });

  it('puts the same names back in text already written in Taiwan wording', () => {
    expect(toTaiwan('智慧工廠梯度估算')).toBe('智能工廠梯度估算');
    expect(toTaiwan('智慧財產')).toBe('智慧財產');
  });

  it('leaves verbatim passages (policy quotes, names) exactly as written', () => {
    const quote = '本措施适用于在广州开发区';
    expect(toTaiwan(`条款：「${quote}」后面`, [quote])).toBe(`條款：「${quote}」後面`);
  });

  it('walks objects and arrays, leaving non-strings alone', () => {
    expect(toTaiwanDeep({ a: ['级别', 3], b: { c: '达标', d: null } })).toEqual({
      a: ['級別', 3],
      b: { c: '達標', d: null },
    });
  });
});

describe('zh-TW report', () => {
  it('the PDF has no Simplified-only character outside policy quotes and proper names', async () => {
    const pdf = await samplePdf('zh-TW');
    const a = pdf.input.assessment;
    const squash = (s: string) => s.replace(/\s+/g, '');
    const keep = [
      ...quotesIn(pdf.input.catalog),
      pdf.input.enterprise.profile.name,
      a.consultantName,
      a.consultantOrg,
    ]
      .filter(Boolean)
      .map(squash);
    const leaks = simplifiedOnlyChars(without(streamText(pdf.file), keep));
    expect([...new Set(leaks)].join('')).toBe('');
  }, 120_000);

  it('prints the reviewed terms, not Taiwan phrasing that changes their meaning', async () => {
    const text = streamText((await samplePdf('zh-TW')).file).replace(/\s+/g, '');
    const wrong = [
      '引數',
      '最佳化級',
      '割槽',
      '公開檔案',
      '裝置——',
      '信用程式碼',
      '型別',
      '免責宣告',
      '數位化',
    ];
    for (const w of wrong) expect(text).not.toContain(w);
    expect(text).toContain('統一社會信用代碼');
    expect(text).toContain('三級（集成級）');
    expect(text).toContain('四級（優化級）');
    expect(text).toContain('設備——');
  }, 120_000);
});
