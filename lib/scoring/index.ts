/**
 * Creator quality score and fake-engagement warnings (research: /work/shared/research/scoring.md §6).
 * Pure: no DOM, no browser APIs. `assessCreator(creator, { now })` is the whole public surface;
 * constants are exported for the UI's explanations and for re-fitting (§6.5).
 */
export { assessCreator, tierOf } from './assess';
export type {
  AssessOptions,
  Assessment,
  AssessmentBasis,
  ComponentId,
  CreatorMetrics,
  ScoreBreakdown,
  ScoreComponent,
  ScoringVideo,
  Severity,
  Signal,
  SignalId,
  SignalWindow,
  Tier,
  TierId,
  Verdict,
  VideoRow,
} from './types';
export * as scoringConstants from './model-constants';
