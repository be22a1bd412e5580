import { afterAll, describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import { FundingInputsSchema } from '../../../assessments/engine/funding';
import {
  figureProblem,
  figureProblemText,
  sharedFigureDefaults,
  sharedFigureUpdates,
} from '../../../assessments/engine/figures-check';
import type { FiguresItem } from '../../../assessments/engine/model/schema';
import {
  profileAnswer,
  profileAnswers,
  profileFigureDefaults,
} from '../../../assessments/engine/profile-answers';
import { dispatch } from '../../../electron/api/dispatch';
import type { AnswerRecord, AssessmentRecord, EnterpriseRecord } from '../../../electron/api/records';
import { closeContext, createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { shipped } from '../engine/support';
import { makeTestHost } from '../helpers/host';
import { profile } from '../store/support';
import {
  formFromFunding,
  fundingFromForm,
  holdFromProfile,
} from '../../../renderer/src/funding/funding-form';

const yes: AnswerValue = { kind: 'boolean', value: true };
const no: AnswerValue = { kind: 'boolean', value: false };

const q = shipped().questionnaire('smart-factory-tiers')!;
const figuresItem = (id: string) => q.items.get(id) as FiguresItem;

describe('profile facts answer the questionnaire (one place per fact)', () => {
  it('a ticked 规上 answers 规模以上工业企业 yes; revenue under 2000 万元 answers no; otherwise it is asked', () => {
    expect(profileAnswer('sf.basic.above-scale', profile({ qualifications: ['above-scale'] }))).toEqual(yes);
    expect(profileAnswer('sf.basic.above-scale', profile({ qualifications: [], revenueWan: 1500 }))).toEqual(
      no,
    );
    expect(
      profileAnswer('sf.basic.above-scale', profile({ qualifications: [], revenueWan: 2000 })),
    ).toBeUndefined();
  });

  it('专精特新 or 创新型中小企业 in the profile answers the 参照执行 question; none ticked is asked, never "no"', () => {
    expect(profileAnswer('sf.basic.srdi', profile({ qualifications: ['srdi-sme'] }))).toEqual(yes);
    expect(profileAnswer('sf.basic.srdi', profile({ qualifications: ['innovative-sme'] }))).toEqual(yes);
    expect(profileAnswer('sf.basic.srdi', profile({ qualifications: ['high-tech'] }))).toBeUndefined();
    expect([...profileAnswers(profile({ qualifications: ['high-tech'], revenueWan: 18000 })).keys()]).toEqual(
      [],
    );
  });

  it('the profile revenue starts the 数字化投入 revenue field', () => {
    expect(profileFigureDefaults('sme.funding', profile({ revenueWan: 18000 }))).toEqual({ revenue: 18000 });
    expect(profileFigureDefaults('sme.equip.networked', profile())).toEqual({});
  });
});

describe('related figures are checked together', () => {
  it('300 networked machines out of 200 is refused with both numbers named', () => {
    const item = figuresItem('sme.equip.networked');
    const problem = figureProblem(item, { kind: 'figures', figures: { networked: 300, total: 200 } });
    expect(problem && figureProblemText(problem)).toBe(
      '联网生产设备数（300 台）不能超过生产设备总数（200 台），请核对后再保存',
    );
    expect(figureProblem(item, { kind: 'figures', figures: { networked: 200, total: 200 } })).toBeUndefined();
  });

  it('digital investment above revenue is a share over 100 % and refused', () => {
    const problem = figureProblem(figuresItem('sme.funding'), {
      kind: 'figures',
      figures: { investment: 500, revenue: 400 },
    });
    expect(problem && figureProblemText(problem)).toBe(
      '年均数字化投入（500 万元）不能超过年均营业收入（400 万元），请核对后再保存',
    );
  });

  it('生产设备总数 is one fact: typed in 数字化率, it starts and follows 联网率', () => {
    const answers: Record<string, AnswerValue> = {
      'sme.equip.digitised': { kind: 'figures', figures: { digitised: 40, total: 200 } },
    };
    expect(sharedFigureDefaults('sme.equip.networked', (id) => answers[id])).toEqual({ total: 200 });
    answers['sme.equip.networked'] = { kind: 'figures', figures: { networked: 60, total: 200 } };
    expect(
      sharedFigureUpdates(
        'sme.equip.digitised',
        { kind: 'figures', figures: { digitised: 40, total: 250 } },
        (id) => answers[id],
      ),
    ).toEqual([
      { itemId: 'sme.equip.networked', value: { kind: 'figures', figures: { networked: 60, total: 250 } } },
    ]);
  });
});

describe('the service keeps these rules (through dispatch)', () => {
  const contexts: ServiceContext[] = [];
  afterAll(() => contexts.forEach(closeContext));
  async function setup(overrides: Parameters<typeof profile>[0]) {
    const ctx = await createContext(makeTestHost(), { models: shipped() });
    contexts.push(ctx);
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const env = await dispatch(handlers, ctx, method, input);
      if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
      return env.value as T;
    };
    const enterprise = await call<EnterpriseRecord>('enterprise.save', { profile: profile(overrides) });
    const assessment = await call<AssessmentRecord>('assessment.create', {
      enterpriseId: enterprise.id,
      modelId: 'smart-factory-tiers',
      modelVersion: '2025.2',
    });
    const answers = async () =>
      new Map(
        (await call<{ answers: AnswerRecord[] }>('assessment.get', { id: assessment.id })).answers.map(
          (a) => [a.itemId, a.value],
        ),
      );
    return { ctx, call, enterprise, assessment, answers };
  }

  it('a new assessment starts with the profile answers; editing the profile changes them; the walkthrough cannot', async () => {
    const { call, enterprise, assessment, answers } = await setup({
      qualifications: ['above-scale', 'high-tech'],
    });
    expect((await answers()).get('sf.basic.above-scale')).toEqual(yes);

    await expect(
      call('assessment.answer', { assessmentId: assessment.id, itemId: 'sf.basic.above-scale', value: no }),
    ).rejects.toThrow('invalid_input: 「规模以上工业企业」来自企业档案，请在企业档案中修改');
    // a note or a flag on the same answer is still the consultant's to write
    await call('assessment.answer', {
      assessmentId: assessment.id,
      itemId: 'sf.basic.above-scale',
      value: yes,
      note: '名录截图已看',
    });

    await call('enterprise.save', {
      id: enterprise.id,
      profile: profile({ qualifications: ['srdi-sme'], revenueWan: 1500 }),
    });
    const after = await answers();
    expect(after.get('sf.basic.above-scale')).toEqual(no);
    expect(after.get('sf.basic.srdi')).toEqual(yes);
  });

  it('a completed assessment keeps what it was completed with', async () => {
    const { call, enterprise, assessment, answers } = await setup({ qualifications: ['above-scale'] });
    await call('assessment.complete', { id: assessment.id });
    await call('enterprise.save', {
      id: enterprise.id,
      profile: profile({ qualifications: [], revenueWan: 1500 }),
    });
    expect((await answers()).get('sf.basic.above-scale')).toEqual(yes);
  });

  it('inconsistent figures are refused and nothing is written; a shared total is written to both items', async () => {
    const { call, assessment, answers } = await setup({});
    const answer = (itemId: string, figures: Record<string, number>) =>
      call('assessment.answer', { assessmentId: assessment.id, itemId, value: { kind: 'figures', figures } });
    await expect(answer('sme.equip.networked', { networked: 300, total: 200 })).rejects.toThrow(
      'invalid_input: 联网生产设备数（300 台）不能超过生产设备总数（200 台），请核对后再保存',
    );
    expect((await answers()).has('sme.equip.networked')).toBe(false);

    await answer('sme.equip.networked', { networked: 150, total: 200 });
    await answer('sme.equip.digitised', { digitised: 100, total: 240 });
    expect((await answers()).get('sme.equip.networked')).toEqual({
      kind: 'figures',
      figures: { networked: 150, total: 240 },
    });
    // lowering the shared total below the networked count would make 联网率 inconsistent: refused
    await expect(answer('sme.equip.digitised', { digitised: 100, total: 120 })).rejects.toThrow(
      'invalid_input: 联网生产设备数（150 台）不能超过生产设备总数（120 台），请核对后再保存',
    );
    expect((await answers()).get('sme.equip.digitised')).toEqual({
      kind: 'figures',
      figures: { digitised: 100, total: 240 },
    });
  });
});

describe('the funding form shows profile-held recognitions as held', () => {
  it('高新技术企业 ticked in the profile is held in the form and saved so; the year stays editable', () => {
    const form = formFromFunding(FundingInputsSchema.parse({}));
    expect(form.certifications['high-tech'].status).toBe('none');
    const held = holdFromProfile(form, ['high-tech']);
    held.certifications['high-tech'].year = 2023;
    expect(fundingFromForm(held).certifications['high-tech']).toEqual({ status: 'held', year: 2023 });
    expect(fundingFromForm(held).certifications['srdi-sme']).toBeUndefined();
  });
});
