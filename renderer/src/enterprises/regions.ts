/**
 * Guangdong's 21 prefecture-level cities and the districts / new areas the policy catalog names.
 * `name` is what the profile stores (and what policy region scopes compare with); `id` keys the
 * translated display name in the message catalogs (regions.cities.<id>, regions.districts.<id>).
 */
export interface RegionOption {
  readonly id: string;
  readonly name: string;
}

export const CITIES: readonly RegionOption[] = [
  { id: 'guangzhou', name: '广州市' },
  { id: 'shenzhen', name: '深圳市' },
  { id: 'zhuhai', name: '珠海市' },
  { id: 'shantou', name: '汕头市' },
  { id: 'foshan', name: '佛山市' },
  { id: 'shaoguan', name: '韶关市' },
  { id: 'zhanjiang', name: '湛江市' },
  { id: 'zhaoqing', name: '肇庆市' },
  { id: 'jiangmen', name: '江门市' },
  { id: 'maoming', name: '茂名市' },
  { id: 'huizhou', name: '惠州市' },
  { id: 'meizhou', name: '梅州市' },
  { id: 'shanwei', name: '汕尾市' },
  { id: 'heyuan', name: '河源市' },
  { id: 'yangjiang', name: '阳江市' },
  { id: 'qingyuan', name: '清远市' },
  { id: 'dongguan', name: '东莞市' },
  { id: 'zhongshan', name: '中山市' },
  { id: 'chaozhou', name: '潮州市' },
  { id: 'jieyang', name: '揭阳市' },
  { id: 'yunfu', name: '云浮市' },
];

/** Stored when the enterprise is in a district the catalog does not name: policies limited to a named one then fail. */
export const OTHER_DISTRICT = '其他区县';

/** Named below city level in the seed texts (广州开发区 and 黄埔区 are one administration). */
export const DISTRICTS: Readonly<Record<string, readonly RegionOption[]>> = {
  广州市: [{ id: 'huangpu', name: '黄埔区' }],
  东莞市: [
    { id: 'binhaiwan', name: '滨海湾新区' },
    { id: 'songshanhu', name: '松山湖' },
  ],
  中山市: [
    { id: 'torch', name: '火炬开发区' },
    { id: 'cuiheng', name: '翠亨新区' },
  ],
};

export function districtsOf(city: string | undefined): readonly RegionOption[] {
  return city ? (DISTRICTS[city] ?? []) : [];
}

export function cityId(name: string): string | undefined {
  return CITIES.find((c) => c.name === name)?.id;
}

export function districtId(city: string, name: string): string | undefined {
  if (name === OTHER_DISTRICT) return 'other';
  return districtsOf(city).find((d) => d.name === name)?.id;
}
