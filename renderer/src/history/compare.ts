import type { DiagnosisResult } from '@engine/diagnosis/schema';
import { DIMENSIONS, type DimensionId } from '@engine/dimensions';

export interface DimensionDelta {
  readonly dimension: DimensionId;
  /** 0–100, one decimal (0 while nothing is answered); null when the dimension has nothing relevant */
  readonly before: number | null;
  readonly after: number | null;
  readonly delta: number | null;
}

function dimensionScores(d: DiagnosisResult): Map<DimensionId, number | null> {
  const nodes = d.models.find((m) => m.kind === 'tiers')?.nodes ?? [];
  const out = new Map<DimensionId, number | null>();
  for (const dim of DIMENSIONS) {
    const n =
      nodes.find((x) => x.dimension === dim && x.parent === null) ?? nodes.find((x) => x.dimension === dim);
    out.set(
      dim,
      n?.fraction === null || n?.fraction === undefined ? null : Math.round(n.fraction * 1000) / 10,
    );
  }
  return out;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Per-dimension change from an earlier diagnosis to a later one. */
export function dimensionDeltas(before: DiagnosisResult, after: DiagnosisResult): DimensionDelta[] {
  const a = dimensionScores(before);
  const b = dimensionScores(after);
  return DIMENSIONS.map((dimension) => {
    const x = a.get(dimension) ?? null;
    const y = b.get(dimension) ?? null;
    return { dimension, before: x, after: y, delta: x === null || y === null ? null : round1(y - x) };
  });
}
