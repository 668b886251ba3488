/**
 * What every engine shares with the labs: the range form and its helpers, the validation result
 * shape and German number formatting (src/components/** may import src/sim only through an
 * index.ts like this one).
 */
export {
  Checker,
  defineRange,
  describeRange,
  echoText,
  formatNumber,
  labelWithBounds,
  labelWithUnit,
  narrowRange,
  scaleRange,
  shown,
  type FieldError,
  type Range,
  type RangeSpec,
  type Validation,
} from './validate.ts';
