import uiEnglish from '../../../../assessments/i18n/en.json';
import { CITIES, findDistrict } from '@engine/regions';
import type { Region } from '@engine/enterprise';

/**
 * Where the enterprise is, as the report language writes it: the Chinese names as stored, or in
 * English the region data's names (pinyin, the same the screens show). A name the region data does
 * not know is printed as entered.
 */
export function regionText(region: Region, language: string): string {
  if (language !== 'en') return [region.province, region.city, region.district].filter(Boolean).join('');
  const names = uiEnglish.regions as { cities: Record<string, string>; districts: Record<string, string> };
  const city = CITIES.find((c) => c.name === region.city);
  const district = region.district ? findDistrict(region.city, region.district) : undefined;
  return [
    district ? (names.districts[district.id] ?? region.district) : region.district,
    city ? (names.cities[city.id] ?? region.city) : region.city,
    'Guangdong',
  ]
    .filter(Boolean)
    .join(', ');
}
