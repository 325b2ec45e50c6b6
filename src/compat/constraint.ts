// A placement constraint: one fact Vela 5.1.0 checks before it lets an operator run on the NPU.
import type { Reason } from '../report/types.js';
import type { OpView } from './view.js';

/** Returns null when the operator satisfies the constraint, otherwise why not. */
export type Constraint = (view: OpView) => Reason | null;

/** Short operator slug for rule ids: CONV_2D -> conv2d, MAX_POOL_2D -> maxpool2d. */
export const slug = (type: string): string => type.toLowerCase().replace(/_/g, '');

export const fail = (rule: string, message: string): Reason => ({ rule, message });

/** Human name of a TFLite dtype as the schema spells it. */
export const dtypeName = (dtype: string): string => dtype.toUpperCase();
