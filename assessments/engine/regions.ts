/**
 * Guangdong's prefecture-level cities and, where the policy catalog names areas below city level,
 * the divisions local readers use: 东莞's 4 街道 and 28 镇 plus its two functional areas, 中山's
 * two development areas and its 街道/镇, 广州's 11 districts. `name` is what a profile stores and
 * what policy region scopes compare with; `id` keys the translated display name
 * (regions.cities.<id>, regions.districts.<id>).
 * Source: the administrative-division pages of the three city governments (行政区划); 滨海湾新区
 * and the two 中山 areas are functional areas formed from parts of the divisions listed with them.
 */
export interface RegionOption {
  readonly id: string;
  readonly name: string;
  /** a functional area formed from parts of these divisions (a firm there may or may not be inside) */
  readonly formedFromPartsOf?: readonly string[];
  /** other names the same area goes by (广州开发区 for 黄埔区) */
  readonly aliases?: readonly string[];
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

const option = (id: string, name: string): RegionOption => ({ id, name });

const DONGGUAN: readonly RegionOption[] = [
  { id: 'songshanhu', name: '松山湖' },
  { id: 'binhaiwan', name: '滨海湾新区', formedFromPartsOf: ['虎门镇', '长安镇', '沙田镇'] },
  option('guancheng', '莞城街道'),
  option('dongcheng', '东城街道'),
  option('nancheng', '南城街道'),
  option('wanjiang', '万江街道'),
  option('shijie', '石碣镇'),
  option('shilong', '石龙镇'),
  option('chashan', '茶山镇'),
  option('shipai', '石排镇'),
  option('qishi', '企石镇'),
  option('hengli', '横沥镇'),
  option('qiaotou', '桥头镇'),
  option('xiegang', '谢岗镇'),
  option('dongkeng', '东坑镇'),
  option('changping', '常平镇'),
  option('liaobu', '寮步镇'),
  option('zhangmutou', '樟木头镇'),
  option('dalang', '大朗镇'),
  option('huangjiang', '黄江镇'),
  option('qingxi', '清溪镇'),
  option('tangxia', '塘厦镇'),
  option('fenggang', '凤岗镇'),
  option('dalingshan', '大岭山镇'),
  option('changan', '长安镇'),
  option('humen', '虎门镇'),
  option('houjie', '厚街镇'),
  option('shatian', '沙田镇'),
  option('daojiao', '道滘镇'),
  option('hongmei', '洪梅镇'),
  option('machong', '麻涌镇'),
  option('wangniudun', '望牛墩镇'),
  option('zhongtang', '中堂镇'),
  option('gaobu', '高埗镇'),
];

const ZHONGSHAN: readonly RegionOption[] = [
  { id: 'torch', name: '火炬开发区', formedFromPartsOf: ['中山港街道'] },
  { id: 'cuiheng', name: '翠亨新区', formedFromPartsOf: ['南朗街道'] },
  option('shiqi', '石岐街道'),
  option('zs-east', '东区街道'),
  option('zs-west', '西区街道'),
  option('zs-south', '南区街道'),
  option('wuguishan', '五桂山街道'),
  option('zhongshangang', '中山港街道'),
  option('minzhong', '民众街道'),
  option('nanlang', '南朗街道'),
  option('xiaolan', '小榄镇'),
  option('guzhen', '古镇镇'),
  option('henglan', '横栏镇'),
  option('gangkou', '港口镇'),
  option('dongfeng', '东凤镇'),
  option('fusha', '阜沙镇'),
  option('nantou', '南头镇'),
  option('huangpu-zs', '黄圃镇'),
  option('sanjiao', '三角镇'),
  option('shaxi', '沙溪镇'),
  option('dayong', '大涌镇'),
  option('tanzhou', '坦洲镇'),
  option('sanxiang', '三乡镇'),
  option('banfu', '板芙镇'),
  option('shenwan', '神湾镇'),
];

const GUANGZHOU: readonly RegionOption[] = [
  { id: 'huangpu', name: '黄埔区', aliases: ['广州开发区'] },
  option('yuexiu', '越秀区'),
  option('haizhu', '海珠区'),
  option('liwan', '荔湾区'),
  option('tianhe', '天河区'),
  option('baiyun', '白云区'),
  option('panyu', '番禺区'),
  option('huadu', '花都区'),
  option('nansha', '南沙区'),
  option('conghua', '从化区'),
  option('zengcheng', '增城区'),
];

/** Divisions offered for the cities whose policies name an area below city level. */
export const DISTRICTS: Readonly<Record<string, readonly RegionOption[]>> = {
  广州市: GUANGZHOU,
  东莞市: DONGGUAN,
  中山市: ZHONGSHAN,
};

/** The pre-v2 catch-all district: it says neither where the firm is nor that it is outside. */
export const LEGACY_OTHER_DISTRICT = '其他区县';

export function districtsOf(city: string | undefined): readonly RegionOption[] {
  return city ? (DISTRICTS[city] ?? []) : [];
}

export function findDistrict(city: string, name: string): RegionOption | undefined {
  return districtsOf(city).find((d) => d.name === name || (d.aliases ?? []).includes(name));
}

/** Scope areas formed from parts of `district` (滨海湾新区 for 虎门镇): a firm there may be inside. */
export function areasPartlyCovering(city: string, district: string, scopeNames: readonly string[]): string[] {
  return districtsOf(city)
    .filter((d) => scopeNames.includes(d.name) && (d.formedFromPartsOf ?? []).includes(district))
    .map((d) => d.name);
}
