import t from 'tap';
import { K8S_LABEL_MAX, K8S_LABEL_NAME, NFD_NAMESPACE } from '../src/traits/names.js';
import { bundledProfilePaths } from './helpers/arbitraries.js';
import { ensureBuilt } from './helpers/build.js';
import { runCli } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

ensureBuilt();

/** NFD's local source ignores a feature file larger than this (source/local/local.go MaxFeatureFileSize). */
const NFD_FILE_LIMIT = 64 * 1024;
/** A DNS subdomain (RFC 1123), as a label prefix must be: at most 253 characters. */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

t.test('the features.d file of every bundled profile: far under NFD\'s 64 KiB, every line a valid prefixed label', async (t) => {
  const profiles = bundledProfilePaths();
  t.ok(profiles.length > 40, `${profiles.length} bundled profiles`);
  const r = runCli(['traits', '--format', 'nfd', ...profiles]);
  t.equal(r.status, 0, r.stderr);
  const size = Buffer.byteLength(r.stdout);
  t.ok(size < NFD_FILE_LIMIT / 4, `${size} bytes, under a quarter of NFD's limit`);

  const lines = r.stdout.split('\n').filter((l) => l !== '');
  const comments = lines.filter((l) => l.startsWith('#'));
  const labels = lines.filter((l) => !l.startsWith('#'));
  t.ok(comments.length <= profiles.length + 2, 'one comment line per profile, besides the header');
  t.notOk(comments.some((l) => l.startsWith('# +')), 'no comment reads as an NFD directive');
  t.ok(labels.length > 100, `${labels.length} labels`);
  t.equal(new Set(labels).size, labels.length, 'each label once');
  for (const line of labels) {
    const eq = line.indexOf('=');
    const [key, value] = [line.slice(0, eq), line.slice(eq + 1)];
    const slash = key.indexOf('/');
    const [prefix, name] = [key.slice(0, slash), key.slice(slash + 1)];
    // Kubernetes label syntax: optional DNS-subdomain prefix (<= 253) and '/', a name of <= 63
    // characters of [A-Za-z0-9._-] starting and ending alphanumeric, a value of the same kind.
    if (`${prefix}/` !== NFD_NAMESPACE || !DNS_SUBDOMAIN.test(prefix) || prefix.length > 253) t.fail(`${line}: prefix`);
    if (!K8S_LABEL_NAME.test(name) || name.length > K8S_LABEL_MAX || name.includes('/')) t.fail(`${line}: name`);
    if (!(value === '' || (K8S_LABEL_NAME.test(value) && value.length <= K8S_LABEL_MAX))) t.fail(`${line}: value`);
  }
  t.equal(labels.filter((l) => !l.startsWith(NFD_NAMESPACE)).length, 0, `every label carries ${NFD_NAMESPACE} explicitly`);
});

t.test('a profile with long, odd values still gives valid labels', async (t) => {
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = scratch('devmig-nfd-');
  const file = join(dir, 'odd.json');
  writeFileSync(file, JSON.stringify({ format: 'devmig/profile@1', attributes: { device_api: 'vfio-pci', mdev_type: `i915-GVTg_V5_4${'x'.repeat(120)}`, software_version: '1.2.0', pv_mode: 'none+ppgtt+context', description: 'low_gm_size: 128MB\nweird key/é: ÿ' } }));
  const r = runCli(['traits', '--format', 'nfd', file]);
  t.equal(r.status, 0, r.stderr);
  for (const line of r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('#'))) {
    const name = line.slice(NFD_NAMESPACE.length, line.indexOf('='));
    t.ok(line.startsWith(NFD_NAMESPACE) && K8S_LABEL_NAME.test(name) && name.length <= K8S_LABEL_MAX, line);
  }
});
