// The framework's ids, for the bench's records and the peer: the same 28
// cells (4 levels × 7 dimensions) as src/content/framework-v1.ts.
export const LEVELS = ['individual', 'service', 'organisation', 'system'];
export const DIMENSIONS = [
  'space',
  'voice',
  'audience',
  'influence',
  'inclusion',
  'safety',
  'embedding',
];
export const CELLS = LEVELS.flatMap((l) => DIMENSIONS.map((d) => `${l}.${d}`));
