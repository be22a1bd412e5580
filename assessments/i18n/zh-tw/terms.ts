/**
 * Terms of art whose Traditional form is fixed by hand instead of OpenCC's Taiwan phrasing
 * (cn → twp). Reviewed: each is the name a Guangdong programme, a national standard or a
 * factory uses, which a Taiwan or Hong Kong owned firm must recognise on the application form;
 * Taiwan phrasing would rename it (智能製造 → 智慧製造, 工業互聯網 → 工業網際網路, 設備 → 裝置).
 * Longest match wins, so a compound here is kept whole.
 */
export const TAIWAN_TERMS: ReadonlyArray<readonly [simplified: string, traditional: string]> = [
  // 智能制造 / 智能工厂 / 人工智能: the names of GB/T 39116, the 智能工厂梯度培育 programme and the AI policies
  ['智能', '智能'],
  ['人工智能', '人工智能'],
  // 工业互联网: MIIT programme name (工业互联网标识解析 etc.)
  ['互联网', '互聯網'],
  // 设备 is plant equipment in every text here, never a (computer) device; Taiwan phrasing would
  // turn it into 裝置 whether it arrives Simplified or already Traditional (the zh-TW catalogs)
  ['设备', '設備'],
  ['設備', '設備'],
  // 工艺参数 are process parameters; Taiwan phrasing writes 引數 (a program's argument)
  ['参数', '參數'],
  ['參數', '參數'],
  // 优化级 is GB/T 39116's level 4 name; Taiwan phrasing would print 最佳化級
  ['优化', '優化'],
  ['優化', '優化'],
  // 文件 here is a policy document; Taiwan phrasing writes 檔案 (a computer file)
  ['文件', '文件'],
  // OpenCC reads 部分区域 as 部 + 分区 + 域 and prints 部分割槽域; 网络分区 is network zoning, not a
  // disk partition (分割槽)
  ['区域', '區域'],
  ['區域', '區域'],
  ['分区', '分區'],
  ['分區', '分區'],
  // 统一社会信用代码 is the legal name of the credit code (Taiwan phrasing: 程式碼, program code)
  ['代码', '代碼'],
  ['代碼', '代碼'],
  // 类型 is a kind (缺陷类型, 场景类型); Taiwan phrasing writes 型別 (a programming type)
  ['类型', '類型'],
  ['類型', '類型'],
  // 免责声明: Taiwan writes 免責聲明 too; phrasing would print 免責宣告
  ['声明', '聲明'],
  ['聲明', '聲明'],
  // policy wording Taiwan phrasing turns into computing words: 资金支持 (not 支援), 政策对象 (not
  // 物件), 发布 issued (not 釋出), 审核 reviewed (not 稽核), 批量 (not 批次)
  ['支持', '支持'],
  ['对象', '對象'],
  ['對象', '對象'],
  ['发布', '發布'],
  ['审核', '審核'],
  ['審核', '審核'],
  ['批量', '批量'],
  // 集成级 is GB/T 39116's level 3 and 集成 one of its capability areas; phrasing would print 整合
  ['集成', '集成'],
  // 设备运行监控: equipment running, not a program executing (執行)
  ['运行', '運行'],
  ['運行', '運行'],
  // 数字化 stays 數字化 (中小企业数字化水平评测指标, 数字化转型): the programme's own word
  ['数字化', '數字化'],
  // 质量 in 质量管理 / 质量追溯 is quality; Taiwan writes 品質 (OpenCC keeps 質量, i.e. mass)
  ['质量', '品質'],
  // 规上 / 规模以上工业企业: statistical class name, kept as written in the policies
  ['规上', '規上'],
  // 专精特新 / 小巨人: the MIIT designations
  ['专精特新', '專精特新'],
  // units and places keep their mainland names
  ['万元', '萬元'],
  ['东莞', '東莞'],
  ['黄埔', '黃埔'],
];

/**
 * The same terms where a text arrives already in Traditional with Taiwan wording (the hand-written
 * zh-TW message catalogs): programme names are put back, so screen, report and questionnaire
 * agree. Only whole compounds: 智慧財產 (intellectual property) must stay.
 */
export const TAIWAN_TERM_FIXUPS: ReadonlyArray<readonly [taiwan: string, term: string]> = [
  ['智慧製造', '智能製造'],
  ['智慧工廠', '智能工廠'],
  ['人工智慧', '人工智能'],
  ['智慧化', '智能化'],
  ['工業網際網路', '工業互聯網'],
  ['智慧裝備', '智能裝備'],
  ['智慧算力', '智能算力'],
  // 中小企业数字化水平评测指标: the programme's own name, as the questionnaire prints it
  ['數位化水準', '數字化水平'],
  ['數位化', '數字化'],
];
