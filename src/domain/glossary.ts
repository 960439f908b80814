/**
 * Glossary: each Chinese term once, with the identifier the code uses for it.
 * Labels shown to users come from here or from the label tables next to each type.
 *
 * 应急管理综合行政执法平台 SafeLaw
 * 组织机构 (市 / 区县 / 乡镇街道)   OrgUnit, level 'city' | 'district' | 'township'
 * 执法人员                          role 'officer'
 * 法制审核人员                      role 'legal_reviewer'
 * 负责人                            role 'leader'
 * 管理员 (科室/支队)               role 'admin'
 * 技术检查员                        role 'tech_inspector'
 * 社会监督员                        role 'social_supervisor'
 * 企业用户                          role 'enterprise_user'
 * 执法证                            EnforcementCertificate
 * 生产经营单位                      Enterprise
 * 统一社会信用代码                  creditCode (GB 32100-2015)
 * 行业                              Industry
 * 风险等级 / 分级 A–D               riskGrade
 * 审计记录 / 全过程记录            AuditEvent (行政处罚法 art. 47)
 * 法律法规 / 版本 / 条 款 项        Law / LawVersion / article, paragraph, item
 * 章 / 节 / 目录 / 附则            chapter / section / table of contents / supplementary provisions
 * 效力层级 / 上位法                 LawLevel, LEVEL_RANK / higher-ranking (isHigherRanking)
 * 从旧兼从轻                        chooseByArt37 (行政处罚法 art. 37)
 * 违法行为库                        violation catalogue, Violation
 * 违法条款 / 处罚依据               violated / penaltyBasis
 * 法条自动对应                      legal matching (match)
 * 标注描述 / 相似记录 / 判别词       labelled description (LabelledExample) / nearest example (ExampleVote) / strongest classifier words
 * 裁量基准 / 档次                   discretion benchmark / tier
 * 情节分值 / 从重情节 / 从轻 / 减轻 / 首违不罚   severity score / aggravating / lighter / belowMinimum / firstOffenceWaiver
 * 监督检查                          Inspection
 * 事故隐患 / 重大事故隐患           Hazard / majorHazard
 * 事故等级 一般/较大/重大/特别重大  AccidentGrade (事故报告条例 art. 3)
 * 责令限期整改                      rectification order
 * 复查                              re-inspection
 * 行政处罚案件                      PenaltyCase
 * 立案 / 调查取证 / 告知 / 陈述申辩 / 听证 / 法制审核 / 集体讨论 / 决定 / 送达 / 执行 / 结案 / 归档
 *   filing / investigation / notice / statement / hearing / legalReview / collectiveDeliberation /
 *   decision / service / execution / closing / archiving
 * 简易程序 / 普通程序               simple / general procedure
 * 执法文书                          EnforcementDocument
 * 工作日 / 调休                     working day / make-up working day
 * 期限 / 暂定（节假日安排未公布）   Deadline / provisional
 * 先行登记保存 / 加处罚款 / 分期、延期缴纳 / 移送司法机关 / 撤销案件 / 不予处罚
 *   evidencePreservation / lateSurcharge / instalment, deferral / transfer / withdraw / noPenalty
 */
export type Role =
  | 'officer'
  | 'legal_reviewer'
  | 'leader'
  | 'admin'
  | 'tech_inspector'
  | 'social_supervisor'
  | 'enterprise_user';

export const ROLES: readonly Role[] = [
  'officer',
  'legal_reviewer',
  'leader',
  'admin',
  'tech_inspector',
  'social_supervisor',
  'enterprise_user',
];

export const ROLE_LABELS: Record<Role, string> = {
  officer: '执法人员',
  legal_reviewer: '法制审核人员',
  leader: '负责人',
  admin: '管理员',
  tech_inspector: '技术检查员',
  social_supervisor: '社会监督员',
  enterprise_user: '企业用户',
};

export type OrgLevel = 'city' | 'district' | 'township';
export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = { city: '市', district: '区县', township: '乡镇/街道' };

export type RiskGrade = 'A' | 'B' | 'C' | 'D';
export const RISK_GRADES: readonly RiskGrade[] = ['A', 'B', 'C', 'D'];
