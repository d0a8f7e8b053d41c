import type { Localised } from '../i18n';
import type { Category } from './types';

/** Categories in picker order, with labels (research §K columns). */
export const CATEGORIES: ReadonlyArray<{ id: Category; label: Localised }> = [
  { id: 'general', label: { zh_CN: '通用（未指定）', ja: '一般（未指定）', en: 'General (not specified)' } },
  { id: 'cosmetic', label: { zh_CN: '化妆品', ja: '化粧品', en: 'Cosmetics' } },
  { id: 'quasi_drug', label: { zh_CN: '医药部外品（药用）', ja: '医薬部外品（薬用）', en: 'Quasi-drug (medicated)' } },
  { id: 'health_food', label: { zh_CN: '健康食品・补充剂', ja: '健康食品・サプリメント', en: 'Health food / supplement' } },
  { id: 'ffc', label: { zh_CN: '机能性表示食品', ja: '機能性表示食品', en: 'Food with Function Claims (FFC)' } },
  { id: 'foshu', label: { zh_CN: '特定保健用食品（特保）', ja: '特定保健用食品（トクホ）', en: 'FOSHU (Tokuho)' } },
  { id: 'fnfc', label: { zh_CN: '营养机能食品', ja: '栄養機能食品', en: 'Food with Nutrient Function Claims' } },
  { id: 'food', label: { zh_CN: '普通食品', ja: '一般食品', en: 'Food (general)' } },
  { id: 'beauty_device', label: { zh_CN: '美容仪器', ja: '美容機器', en: 'Beauty device' } },
  { id: 'medical_device', label: { zh_CN: '医疗器械', ja: '医療機器', en: 'Medical device' } },
  { id: 'apparel', label: { zh_CN: '服装', ja: 'アパレル', en: 'Apparel' } },
  { id: 'household', label: { zh_CN: '日用品・家居', ja: '日用品・生活雑貨', en: 'Household goods' } },
  { id: 'electronics', label: { zh_CN: '电子产品', ja: '家電・ガジェット', en: 'Electronics' } },
];
