// TEMPORARY scaffold: replaced by the Vela 5.1.0 performance estimator (issue 4).
import type { Model } from '../graph/types.js';
import type { TargetProfile } from '../targets/types.js';
import type { OperatorResult, PerfResult } from '../report/types.js';

export function estimatePerformance(
  _model: Model,
  _target: TargetProfile,
  _operators: readonly OperatorResult[],
): PerfResult {
  throw new Error('performance estimation not implemented yet');
}
