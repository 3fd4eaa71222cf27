// Label selectors: parsing (labels.Parse), metav1.LabelSelector conversion,
// matching and printing, with apimachinery's error texts.
export {
  everything,
  matches,
  newRequirement,
  nothing,
  requirementMatches,
  requirementString,
  selectorFromSet,
  selectorString,
  validateLabelKey,
  type Labels,
  type Operator,
  type Parsed,
  type Requirement,
  type Selector,
} from './label-requirement.ts';
export { parseSelector } from './label-parser.ts';
export { selectorFromLabelSelector, type LabelSelector, type LabelSelectorRequirement } from './label-selector.ts';
export { isDNS1123Subdomain, isQualifiedName, isValidLabelValue, LABEL_VALUE_MAX_LENGTH } from './label-validation.ts';
