import type { Region } from '../enterprise';
import { areasPartlyCovering, findDistrict, LEGACY_OTHER_DISTRICT } from '../regions';
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

const verify = (label: string): RegionOutcome => ({
  kind: 'missing',
  missing: { field: 'external.region-scope', label },
});

/** A city the text does not name, where it says unnamed cities may qualify (provincial pilots). */
function unlistedCity(region: Region, scope: RegionScope): RegionOutcome {
  const outside = scope.outsideNote ? `；${scope.outsideNote}` : '';
  const list = scope.externalList;
  const city = stripCity(region.city);
  const annotation = !list
    ? ''
    : list.cities.some((c) => stripCity(c) === city)
      ? `；据公开资料，${region.city}属${list.label}（${list.source}），以主管部门确认为准`
      : `；据公开资料，${region.city}不在${list.label}之列（${list.source}）`;
  return verify(`所在地市（${region.city}）不在文件列明的${scope.label}之列${outside}${annotation}`);
}

function checkDistrict(region: Region, scope: RegionScope): RegionOutcome {
  const outside = scope.outsideNote ? `；${scope.outsideNote}` : '';
  const district = region.district?.trim();
  if (!district || district === LEGACY_OTHER_DISTRICT) {
    return {
      kind: 'missing',
      missing: {
        field: 'profile.region.district',
        label: `所在区/镇街（本措施仅适用于${scope.label}）`,
      },
    };
  }
  const known = findDistrict(region.city, district);
  const names = known ? [known.name, ...(known.aliases ?? [])] : [district];
  const mine = names.map((n) => normaliseDistrict(n, region.city));
  if (scope.districts.some((d) => mine.includes(normaliseDistrict(d, region.city)))) return { kind: 'pass' };
  const partly = areasPartlyCovering(region.city, known?.name ?? district, scope.districts);
  if (partly.length > 0) {
    return verify(
      `${partly.join('、')}由${district}等镇街的部分区域组成：请核实企业注册地是否在${partly.join('、')}范围内（本措施仅适用于${scope.label}）`,
    );
  }
  return {
    kind: 'fail',
    reason: `企业注册地（${region.city}${district}）不在适用范围（${scope.label}）${outside}`,
  };
}

/** Inside the new area: in scope either way; elsewhere in the city: to be verified. */
function checkUnclearScope(region: Region, unclear: NonNullable<RegionScope['scopeUnclear']>): RegionOutcome {
  const district = region.district?.trim();
  const inArea =
    district !== undefined &&
    unclear.areas.some((a) => normaliseDistrict(a, region.city) === normaliseDistrict(district, region.city));
  if (inArea) return { kind: 'pass' };
  return verify(`适用范围待核实：${unclear.note}`);
}

export function checkRegion(region: Region, scope: RegionScope): RegionOutcome {
  if (scope.cities.length > 0) {
    const city = stripCity(region.city);
    if (!scope.cities.some((c) => stripCity(c) === city)) {
      if (scope.unlistedCitiesMayQualify) return unlistedCity(region, scope);
      const outside = scope.outsideNote ? `；${scope.outsideNote}` : '';
      return { kind: 'fail', reason: `企业所在地（${region.city}）不在适用范围（${scope.label}）${outside}` };
    }
  }
  if (scope.districts.length > 0) return checkDistrict(region, scope);
  return scope.scopeUnclear ? checkUnclearScope(region, scope.scopeUnclear) : { kind: 'pass' };
}
