/** Inputs the demo and the e2e tests share: a creator from the sample data and a sample of risky ad copy. */
export const DEMO_COPY = '【業界最安】飲むだけで痩せる！シミが消える美白クリーム。絶対に効果あり ※個人の感想です';
export let DEMO_CREATOR_ID = '';
export function setDemoCreatorId(id: string) {
  DEMO_CREATOR_ID = id;
}
