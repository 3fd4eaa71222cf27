// Values rendered the way field errors print them with %#v (the Go syntax of
// internal types), for the few errors whose value is not a plain string/int.
import { GoValue } from '../../../machinery/field-errors.ts';
import { goQuote } from '../../../machinery/go-json.ts';

/** %#v of a []string: `[]string{"a", "b"}`, or `[]string(nil)` when empty. */
export const goStringSlice = (list: readonly string[] | undefined): GoValue =>
  new GoValue(list?.length ? `[]string{${list.map(goQuote).join(', ')}}` : '[]string(nil)');
