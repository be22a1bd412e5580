import type { Label, LevelRule } from './diagnosis/schema';
import type { CmmmScoring, SmeScoring } from './model/schema';
import type { CmmmEval, SmeEval, SmeRuleCheck } from './scoring/levels';

/**
 * The level rules written out step by step, so a reviewer can recompute the level from the numbers
 * shown (GB/T 39117 cumulative S; SME 2024 points plus scene conditions).
 */

const f2 = (n: number): string => n.toFixed(2);
const f1 = (n: number): string => n.toFixed(1);

function levelName(scoring: CmmmScoring | SmeScoring, level: number): Label {
  return scoring.levels.find((l) => l.level === level)?.label ?? scoring.belowFirst;
}

function bandText(scoring: CmmmScoring, rank: number): string {
  const sorted = [...scoring.bands].sort((a, b) => a.minS - b.minS);
  const i = sorted.findIndex((b) => b.level === rank);
  if (i === -1) return `< ${f1(sorted[0]?.minS ?? 0)}`;
  const upper = sorted[i + 1]?.minS ?? scoring.levels.length;
  return `${f1(sorted[i]!.minS)}–${f1(upper)}`;
}

export function cmmmRule(ev: Omit<CmmmEval, 'cells'>, scoring: CmmmScoring): LevelRule {
  const scored = ev.levels.filter((l) => l.score !== null);
  const perLevel = scored.map((l) => `${levelName(scoring, l.level).zh} ${f2(l.score!)}`).join('、');
  const perLevelEn = scored.map((l) => `L${l.level} ${f2(l.score!)}`).join(', ');
  const terms: string[] = [];
  for (const l of scored) {
    if (!l.achieved) {
      terms.push(f2(l.score!));
      break;
    }
    terms.push(scoring.achievedCountsAs === 'one' ? '1' : f2(l.score!));
  }
  const sum = `S = ${terms.join(' + ') || '0'} = ${f2(ev.s)}`;
  const name = levelName(scoring, ev.rank);
  const lines: Label[] = [
    { zh: `各级得分：${perLevel}`, en: `Level scores: ${perLevelEn}` },
    {
      zh: `得分 ≥ ${scoring.achievedAt} 且以下各级均已达到的等级计 1，加上第一个未达到等级的得分：${sum} → ${name.zh}（区间 ${bandText(scoring, ev.rank)}）`,
      en: `Each achieved level (score ≥ ${scoring.achievedAt}, all lower levels achieved) counts 1, plus the first level not achieved: ${sum} → ${name.en} (band ${bandText(scoring, ev.rank)})`,
    },
  ];
  if (ev.equalWeights)
    lines.push({
      zh: '权重按等权估算（标准规定的各能力子域权重未取得）',
      en: 'Weights estimated as equal (the standard’s sub-domain weights were not available)',
    });
  return { lines, blocker: null, equalWeights: ev.equalWeights, smeChecks: [] };
}

function sceneText(c: SmeRuleCheck, name: Label): Label {
  const scenes = c.minScenes === null ? '' : `；达到${name.zh}的场景 ${c.scenes} 个（需 ${c.minScenes} 个）`;
  const constrained =
    c.minConstrainedScenes === null
      ? ''
      : `，其中约束性场景 ${c.constrainedScenes} 个（需 ${c.minConstrainedScenes} 个）`;
  const scenesEn = c.minScenes === null ? '' : `; ${c.scenes} scenes at this level (needs ${c.minScenes})`;
  const constrainedEn =
    c.minConstrainedScenes === null
      ? ''
      : `, ${c.constrainedScenes} of them binding (needs ${c.minConstrainedScenes})`;
  return {
    zh: `${name.zh}：得分 ≥ ${c.minScore}${scenes}${constrained}——${c.met ? '满足' : '未满足'}`,
    en: `${name.en}: score ≥ ${c.minScore}${scenesEn}${constrainedEn} — ${c.met ? 'met' : 'not met'}`,
  };
}

/** The first level above the rank whose points are reached but whose scene conditions are not. */
function smeBlocker(ev: SmeEval, scoring: SmeScoring): Label | null {
  const c = [...ev.checks].sort((a, b) => a.level - b.level).find((x) => x.level > ev.rank && !x.met);
  if (!c?.scoreMet) return null;
  const name = levelName(scoring, c.level);
  if (c.minScenes !== null && c.scenes < c.minScenes)
    return {
      zh: `得分已达${name.zh}，但达到${name.zh}的场景只有 ${c.scenes} 个，需 ${c.minScenes} 个`,
      en: `The score reaches ${name.en}, but only ${c.scenes} scenes are at that level; ${c.minScenes} are needed`,
    };
  return {
    zh: `得分已达${name.zh}，但达到${name.zh}的约束性场景只有 ${c.constrainedScenes} 个，需 ${c.minConstrainedScenes} 个`,
    en: `The score reaches ${name.en}, but only ${c.constrainedScenes} binding scenes are at that level; ${c.minConstrainedScenes} are needed`,
  };
}

export function smeRule(ev: SmeEval, scoring: SmeScoring): LevelRule {
  const sorted = [...ev.checks].sort((a, b) => a.level - b.level);
  const lines: Label[] = [
    {
      zh: `得分 ${f1(ev.score100)} 分（满分 100）；等级须得分与场景条件同时满足，且以下各级均满足`,
      en: `Score ${f1(ev.score100)} of 100; a level needs both the points and the scene conditions, and every lower level`,
    },
    ...sorted.map((c) => sceneText(c, levelName(scoring, c.level))),
  ];
  return { lines, blocker: smeBlocker(ev, scoring), equalWeights: false, smeChecks: sorted };
}
