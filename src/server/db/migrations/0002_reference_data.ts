import { sql, type Kysely } from 'kysely';

/**
 * Reference data every installation needs: the city, Chongqing's 38 districts and counties
 * (administrative division codes), and the industries the ministry supervises.
 * Literal data on purpose: a migration never changes once merged.
 */
const DISTRICTS: ReadonlyArray<readonly [code: string, name: string, short: string]> = [
  ['500101', '万州区', '万州'], ['500102', '涪陵区', '涪陵'], ['500103', '渝中区', '渝中'],
  ['500104', '大渡口区', '大渡口'], ['500105', '江北区', '江北'], ['500106', '沙坪坝区', '沙坪坝'],
  ['500107', '九龙坡区', '九龙坡'], ['500108', '南岸区', '南岸'], ['500109', '北碚区', '北碚'],
  ['500110', '綦江区', '綦江'], ['500111', '大足区', '大足'], ['500112', '渝北区', '渝北'],
  ['500113', '巴南区', '巴南'], ['500114', '黔江区', '黔江'], ['500115', '长寿区', '长寿'],
  ['500116', '江津区', '江津'], ['500117', '合川区', '合川'], ['500118', '永川区', '永川'],
  ['500119', '南川区', '南川'], ['500120', '璧山区', '璧山'], ['500151', '铜梁区', '铜梁'],
  ['500152', '潼南区', '潼南'], ['500153', '荣昌区', '荣昌'], ['500154', '开州区', '开州'],
  ['500155', '梁平区', '梁平'], ['500156', '武隆区', '武隆'], ['500229', '城口县', '城口'],
  ['500230', '丰都县', '丰都'], ['500231', '垫江县', '垫江'], ['500233', '忠县', '忠县'],
  ['500235', '云阳县', '云阳'], ['500236', '奉节县', '奉节'], ['500237', '巫山县', '巫山'],
  ['500238', '巫溪县', '巫溪'], ['500240', '石柱土家族自治县', '石柱'],
  ['500241', '秀山土家族苗族自治县', '秀山'], ['500242', '酉阳土家族苗族自治县', '酉阳'],
  ['500243', '彭水苗族土家族自治县', '彭水'],
];

const INDUSTRIES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['hazchem', '危险化学品'], ['fireworks', '烟花爆竹'], ['mining', '非煤矿山'], ['metallurgy', '冶金'],
  ['nonferrous', '有色'], ['building_materials', '建材'], ['machinery', '机械'], ['light', '轻工'],
  ['textile', '纺织'], ['tobacco', '烟草'], ['commerce', '商贸'], ['construction', '建筑施工'],
  ['transport', '交通运输'], ['other', '其他'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO org_units (code, parent_id, name, short_name, level, path)
    VALUES ('500000', NULL, '重庆市', '渝', 'city', '500000')`.execute(db);
  for (const [code, name, short] of DISTRICTS) {
    await sql`
      INSERT INTO org_units (code, parent_id, name, short_name, level, path)
      SELECT ${code}, id, ${name}, ${short}, 'district', '500000.' || ${code}
      FROM org_units WHERE code = '500000'`.execute(db);
  }
  let sort = 0;
  for (const [code, name] of INDUSTRIES) {
    await sql`INSERT INTO industries (code, name, sort) VALUES (${code}, ${name}, ${++sort})`.execute(db);
  }
}
