import type { Region } from '../enterprise';
import type { RegionScope } from './schema';
import type { MissingInfo } from './result';

export type RegionOutcome =
  { kind: 'pass' } | { kind: 'fail'; reason: string } | { kind: 'missing'; missing: MissingInfo };

const stripCity = (name: string): string => name.trim().replace(/市$/, '');

/** 黄埔区, 广州市黄埔区 and 广州开发区 must compare by the name the scope lists, whatever prefix. */
function normaliseDistrict(name: string, city: string): string {
  const compact = name.replace(/\s+/g, '');
  const withoutProvince = compact.replace(/^广东省/, '');
  const cityName = stripCity(city);
  return withoutProvince.replace(new RegExp(`^${cityName}市?`), '');
}

export function checkRegion(region: Region, scope: RegionScope): RegionOutcome {
  const outside = scope.outsideNote ? `；${scope.outsideNote}` : '';
  if (scope.cities.length > 0) {
    const city = stripCity(region.city);
    if (!scope.cities.some((c) => stripCity(c) === city)) {
      if (scope.unlistedCitiesMayQualify) {
        const label = `所在地市（${region.city}）不在文件列明的${scope.label}之列${outside}`;
        return { kind: 'missing', missing: { field: 'external.region-scope', label } };
      }
      return { kind: 'fail', reason: `企业所在地（${region.city}）不在适用范围（${scope.label}）${outside}` };
    }
  }
  if (scope.districts.length === 0) return { kind: 'pass' };
  const district = region.district?.trim();
  if (!district) {
    return {
      kind: 'missing',
      missing: { field: 'profile.region.district', label: `所在区/新区（本措施仅适用于${scope.label}）` },
    };
  }
  const mine = normaliseDistrict(district, region.city);
  const inScope = scope.districts.some((d) => normaliseDistrict(d, region.city) === mine);
  return inScope
    ? { kind: 'pass' }
    : {
        kind: 'fail',
        reason: `企业注册地（${region.city}${district}）不在适用范围（${scope.label}）${outside}`,
      };
}
