// Usage errors through the real binary: one line with the reason, the nearest command, option
// or value, and where the help is; exit 1.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { nearestName } from '../src/cli/usage-error.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { bundled } from './helpers/profiles.js';

ensureBuilt();

const gvt = (v: string) => bundled(`intel-gvt-g/i915-GVTg_V5_4@${v}`);
const fleet = (rel: string) => join(repoRoot, 'examples/fleet', rel);

t.test('a usage error is one line: the reason, the nearest name, where the help is; exit 1', async (t) => {
  const cases: [string[], string][] = [
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--foramt', 'json'], 'devmig: unknown option --foramt; did you mean --format? (devmig check --help)'],
    [['chek', gvt('0.1.0'), gvt('0.2.0')], 'devmig: unknown command chek; did you mean check? (devmig --help)'],
    [['matrx'], 'devmig: unknown command matrx; did you mean matrix? (devmig --help)'],
    [['frobnicate'], 'devmig: unknown command frobnicate (devmig --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--format', 'jsn'], 'devmig: --format \'jsn\' is not text, json, sarif, junit or github; did you mean json? (devmig check --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--mode', 'lenient'], 'devmig: --mode \'lenient\' is not strict or extended (devmig check --help)'],
    [['bump', '--series'], 'devmig: --series needs a value (devmig bump --help)'],
    [['bump', '--series', '--format', 'json'], 'devmig: --series needs a value (devmig bump --help)'],
    [['bump', '--series='], 'devmig: --series needs a value (devmig bump --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--format'], 'devmig: --format needs a value (devmig check --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--mode', '--format', 'json'], 'devmig: --mode needs a value (devmig check --help)'],
    [['matrix', '--targets', fleet('targets')], 'devmig: missing --sources (devmig matrix --help)'],
    [['matrix', '--sources', fleet('sources'), '--targets', fleet('targets'), '--save-source-index', 'x.json'], 'devmig: unknown option --save-source-index; did you mean --save-sources-index? (devmig matrix --help)'],
    [['check', gvt('0.1.0')], 'devmig: check needs 2 arguments (devmig check <source> <target>), got 1 (devmig check --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), 'extra'], 'devmig: unexpected argument \'extra\' (devmig check --help)'],
    [['check', gvt('0.1.0'), gvt('0.2.0'), '--color=sometimes'], 'devmig: --color \'sometimes\' is not auto, always or never (devmig check --help)'],
    [['help', 'chek'], 'devmig: no command chek; did you mean check? (devmig --help)'],
    [['bump', 'a', 'b', '--series', 'dir'], 'devmig: give either OLD NEW or --series DIR, not both (devmig bump --help)'],
    [[], 'devmig: name a command: devmig check SOURCE TARGET, devmig bump OLD NEW, ... (devmig --help)'],
  ];
  for (const [args, line] of cases) {
    const r = runCli(args);
    t.equal(r.status, 1, `devmig ${args.join(' ')}: exit 1`);
    t.equal(r.stderr, `${line}\n`, 'exactly this one line, not the help');
    t.equal(r.stdout, '', 'nothing on stdout');
  }
});

t.test('the nearest name: a typo away, or the only name begun', async (t) => {
  const options = ['format', 'suppressions', 'save-sources-index', 'save-targets-index', 'sources', 'targets', 'mode'];
  t.equal(nearestName('foramt', options), 'format');
  t.equal(nearestName('targest', options), 'targets');
  t.equal(nearestName('save-targets', options), 'save-targets-index', 'a prefix of one name');
  t.equal(nearestName('save', options), undefined, 'a prefix of two names is no guess');
  t.equal(nearestName('x', options), undefined, 'nothing near');
  t.equal(nearestName('verbose', options), undefined);
  t.equal(nearestName('', options), undefined);
});

t.test('a reader that closes the pipe early ends devmig quietly, as SIGPIPE ends a Unix filter', async (t) => {
  const r = spawnSync('bash', ['-c', 'node bin/devmig.js explain | head -c 0; echo "status ${PIPESTATUS[0]}"'], { cwd: repoRoot, encoding: 'utf8' });
  t.equal(r.stdout, 'status 141\n');
  t.equal(r.stderr, '', 'no stack trace');
});

t.test('--domain-xml - reads the domain XML on stdin, as its default does', async (t) => {
  const xml = readFileSync(join(repoRoot, 'test/fixtures/libvirt/plain-guest.xml'), 'utf8');
  for (const args of [['annotate', '--domain-xml', '-'], ['annotate', '--domain-xml=-'], ['annotate']]) {
    // A guest without devices: the one line names stdin and the domain read from it.
    const r = runCli([...args, '--sysfs', join(repoRoot, 'test/fixtures')], { input: xml });
    t.equal(r.stderr, 'devmig: stdin: domain plain has no mdev or PCI hostdev: nothing to annotate\n', args.join(' '));
    t.equal(r.status, 101);
  }
});
