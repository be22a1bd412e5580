import type { Region } from '../enterprise';
import { areasPartlyCovering, findDistrict, LEGACY_OTHER_DISTRICT } from '../regions';
import type { RegionScope } from './schema';
import { listOf, optional, phrase, type Arg, type Phrase } from '../phrase';
import type { MissingInfo } from './result';

export type RegionOutcome =
  { kind: 'pass' } | { kind: 'fail'; reason: Phrase } | { kind: 'missing'; missing: MissingInfo };

const stripCity = (name: string): string => name.trim().replace(/市$/, '');

/** 黄埔区, 广州市黄埔区 and 广州开发区 must compare by the name the scope lists, whatever prefix. */
function normaliseDistrict(name: string, city: string): string {
  const compact = name.replace(/\s+/g, '');
  const withoutProvince = compact.replace(/^广东省/, '');
  const cityName = stripCity(city);
  return withoutProvince.replace(new RegExp(`^${cityName}市?`), '');
}

const verify = (label: Phrase): RegionOutcome => ({
  kind: 'missing',
  missing: { field: 'external.region-scope', label },
});

/** "；<the scope's note on what applies outside it>", or nothing. */
const outsideOf = (scope: RegionScope): Arg =>
  optional(
    scope.outsideNote ? phrase('region.outsideNote', { note: { text: scope.outsideNote } }) : undefined,
  );
const cityArg = (region: Region): Arg => ({ place: region.city });

/** A city the text does not name, where it says unnamed cities may qualify (provincial pilots). */
function unlistedCity(region: Region, scope: RegionScope): RegionOutcome {
  const list = scope.externalList;
  const city = stripCity(region.city);
  const listArgs = list && {
    city: cityArg(region),
    list: { text: list.label },
    source: { asWritten: list.source },
  };
  const listed = list?.cities.some((c) => stripCity(c) === city);
  const annotation = listArgs && phrase(listed ? 'region.listed' : 'region.notListed', listArgs);
  return verify(
    phrase('region.unlisted', {
      city: cityArg(region),
      scope: { text: scope.label },
      outside: outsideOf(scope),
      annotation: optional(annotation),
    }),
  );
}

function checkDistrict(region: Region, scope: RegionScope): RegionOutcome {
  const district = region.district?.trim();
  if (!district || district === LEGACY_OTHER_DISTRICT) {
    return {
      kind: 'missing',
      missing: {
        field: 'profile.region.district',
        label: phrase('region.districtAsk', { scope: { text: scope.label } }),
      },
    };
  }
  const known = findDistrict(region.city, district);
  const names = known ? [known.name, ...(known.aliases ?? [])] : [district];
  const mine = names.map((n) => normaliseDistrict(n, region.city));
  if (scope.districts.some((d) => mine.includes(normaliseDistrict(d, region.city)))) return { kind: 'pass' };
  const partly = areasPartlyCovering(region.city, known?.name ?? district, scope.districts);
  if (partly.length > 0) {
    const areas = listOf(
      partly.map((place) => ({ place, in: region.city })),
      'and',
    );
    return verify(
      phrase('region.partly', {
        areas,
        district: { place: district, in: region.city },
        scope: { text: scope.label },
      }),
    );
  }
  return {
    kind: 'fail',
    reason: phrase('region.districtOutside', {
      city: cityArg(region),
      district: { place: district, in: region.city },
      scope: { text: scope.label },
      outside: outsideOf(scope),
    }),
  };
}

/** Inside the new area: in scope either way; elsewhere in the city: to be verified. */
function checkUnclearScope(region: Region, unclear: NonNullable<RegionScope['scopeUnclear']>): RegionOutcome {
  const district = region.district?.trim();
  const inArea =
    district !== undefined &&
    unclear.areas.some((a) => normaliseDistrict(a, region.city) === normaliseDistrict(district, region.city));
  if (inArea) return { kind: 'pass' };
  return verify(phrase('region.verifyScope', { note: { text: unclear.note } }));
}

export function checkRegion(region: Region, scope: RegionScope): RegionOutcome {
  if (scope.cities.length > 0) {
    const city = stripCity(region.city);
    if (!scope.cities.some((c) => stripCity(c) === city)) {
      if (scope.unlistedCitiesMayQualify) return unlistedCity(region, scope);
      return {
        kind: 'fail',
        reason: phrase('region.cityOutside', {
          city: cityArg(region),
          scope: { text: scope.label },
          outside: outsideOf(scope),
        }),
      };
    }
  }
  if (scope.districts.length > 0) return checkDistrict(region, scope);
  return scope.scopeUnclear ? checkUnclearScope(region, scope.scopeUnclear) : { kind: 'pass' };
}
