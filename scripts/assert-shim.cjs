'use strict';
// The two assertions yargs' platform shim imports from node:assert, for the CLI bundle: loading
// node:assert (and the colour and inspection code it pulls in) costs a cold start about 4 ms,
// a twentieth of the libvirt hook's whole run.
function fail(message, fallback) {
  throw message instanceof Error ? message : new Error(message ?? fallback);
}
exports.strictEqual = (actual, expected, message) => {
  if (!Object.is(actual, expected)) fail(message, `Expected values to be strictly equal: ${String(actual)} !== ${String(expected)}`);
};
exports.notStrictEqual = (actual, expected, message) => {
  if (Object.is(actual, expected)) fail(message, `Expected "actual" to be strictly unequal to: ${String(expected)}`);
};
