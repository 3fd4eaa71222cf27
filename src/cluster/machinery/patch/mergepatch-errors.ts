// apimachinery/pkg/util/mergepatch/errors.go: the strategic merge patch errors,
// and how the PATCH handler maps them to HTTP (handlers/patch.go,
// interpretStrategicMergePatchError): the sentinel format errors are 400, two
// are 422, and every other error reaches the client as a 500 with no reason.
import { goS, goTypeOf, goV } from './go-format.ts';
import type { JsonObject, JsonValue } from './json-value.ts';

export const ErrBadJSONDoc = 'invalid JSON document';
export const ErrNoListOfLists = 'lists of lists are not supported';
export const ErrBadPatchFormatForPrimitiveList = 'invalid patch format of primitive list';
export const ErrBadPatchFormatForRetainKeys = 'invalid patch format of retainKeys';
export const ErrBadPatchFormatForSetElementOrderList = 'invalid patch format of setElementOrder list';
export const ErrPatchContentNotMatchRetainKeys = "patch content doesn't match retainKeys list";
export const ErrUnsupportedStrategicMergePatchFormat = 'strategic merge patch format is not supported';

const BAD_REQUEST = [ErrBadJSONDoc, ErrBadPatchFormatForPrimitiveList, ErrBadPatchFormatForRetainKeys, ErrBadPatchFormatForSetElementOrderList, ErrUnsupportedStrategicMergePatchFormat];
const UNPROCESSABLE = [ErrNoListOfLists, ErrPatchContentNotMatchRetainKeys];

export type SmpFailureKind = 'BadRequest' | 'Unprocessable' | 'Internal';

/** A strategic merge patch error as data: the Go error text and its HTTP class. */
export class SmpFailure {
  readonly kind: SmpFailureKind;
  constructor(readonly message: string) {
    this.kind = BAD_REQUEST.includes(message) ? 'BadRequest' : UNPROCESSABLE.includes(message) ? 'Unprocessable' : 'Internal';
  }
}

export const isFailure = (x: unknown): x is SmpFailure => x instanceof SmpFailure;

export const errNoMergeKey = (m: JsonObject, k: string): SmpFailure => new SmpFailure(`map: ${goV(m)} does not contain declared merge key: ${k}`);

/** ErrBadArgType(expected, actual): "expected a []interface {}, but received a string". */
export const errBadArgType = (expected: string, actual: JsonValue | undefined): SmpFailure =>
  new SmpFailure(`expected a ${expected}, but received a ${goTypeOf(actual)}`);

export const errBadPatchType = (t: JsonValue | undefined, m: JsonObject): SmpFailure => new SmpFailure(`unknown patch type: ${goS(t)} in map: ${goV(m)}`);
