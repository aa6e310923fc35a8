import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { readDomainXml } from '../src/hook/domain-xml.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot } from './helpers/cli.js';
import { GVT_PARENT, GVT_UUID, gvtHost } from './helpers/gvt-host.js';
import { scratch } from './helpers/scratch.js';
import { skipUnlessInstalled } from './helpers/tools.js';

// The README's `virsh dumpxml guest1 | devmig annotate --format virsh | sh` against real
// libvirt: its test driver (test:///default, in libvirt itself, no daemon) takes the same
// virDomainSetMetadata path a host's driver does.
ensureBuilt();
const skip = skipUnlessInstalled(t, ['virsh', 'virt-xml-validate', 'xmllint'], 'libvirt-clients libxml2-utils');

const GUEST_XML = join(repoRoot, 'test/fixtures/libvirt/gvt-g-guest.xml');

/**
 * A folder for PATH holding `devmig` (this checkout's CLI) and `virsh`. The test driver forgets
 * every change when its connection closes, so each `virsh ARGS` is one session: define and start
 * guest1 from `domainXml`, run ARGS, and after a metadata change dump what a migration sends
 * (`dumpxml --migratable`). Arguments are re-quoted for virsh's own command parser.
 */
function toolsDir(domainXml: string): string {
  const dir = scratch('devmig-virsh-');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const realVirsh = spawnSync('sh', ['-c', 'command -v virsh'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(join(bin, 'virsh'), `#!/bin/sh
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\\\\\''/g")"; }
line=
for a in "$@"; do line="$line $(quote "$a")"; done
if [ "$1" = metadata ]; then line="$line; dumpxml --migratable guest1"; fi
exec ${realVirsh} -q -c test:///default "define ${domainXml}; start guest1;$line"
`, { mode: 0o755 });
  writeFileSync(join(bin, 'devmig'), `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'bin/devmig.js')}" "$@"\n`, { mode: 0o755 });
  return bin;
}

function sh(script: string, bin: string, input?: string) {
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, DEVMIG_HOOK_CONFIG: '' };
  return spawnSync('sh', ['-c', script], { encoding: 'utf8', env, input, timeout: 60_000 });
}

t.test('annotate --format virsh | sh stores metadata libvirt accepts, validates and carries to the hook', { skip }, async (t) => {
  const bin = toolsDir(GUEST_XML);
  const source = gvtHost(['V5_2', 'V5_4'], 'V5_4');
  const stored = sh(`virsh dumpxml guest1 | devmig annotate --sysfs '${source.root}' --format virsh | sh`, bin);
  t.equal(stored.stderr, '', 'virsh reports no error (it exits with its last command\'s status, so stderr is the witness)');
  t.equal(stored.status, 0);
  const migrating = stored.stdout.trim();
  t.match(migrating, /^<domain type='kvm'/);
  t.match(migrating, /<devmig:devices xmlns:devmig="https:\/\/devmig\.dev\/xmlns\/domain\/1">\s*<devmig:device uuid="c2177883-/, 'libvirt declared the namespace and prefixed the element');

  const dir = scratch('devmig-virsh-out-');
  const file = join(dir, 'guest1-migratable.xml');
  writeFileSync(file, `${migrating}\n`);
  const valid = spawnSync('virt-xml-validate', [file, 'domain'], { encoding: 'utf8' });
  t.equal(valid.status, 0, `${valid.stdout}${valid.stderr}`);

  const dom = readDomainXml(migrating, file);
  t.match(dom.hostdevs, [{ kind: 'mdev', uuid: GVT_UUID }]);
  t.equal(dom.hostdevs.length, 1);
  t.equal(dom.metadata?.length, 1);
  t.same(dom.metadata![0]!.ref, { kind: 'mdev', uuid: GVT_UUID });
  t.equal(dom.metadata![0]!.attributes.get('mdev_type'), 'i915-GVTg_V5_4');

  const hook = (target: string) => sh(`devmig hook qemu guest1 migrate begin - --sysfs '${target}'`, bin, migrating);
  const ok = hook(gvtHost(['V5_2', 'V5_4']).root);
  t.equal(ok.status, 0, ok.stderr);
  t.equal(ok.stdout, '', 'the XML unchanged');
  const refused = hook(gvtHost(['V5_2']).root);
  t.equal(refused.status, 100, 'the recorded type is read from what libvirt stored');
  t.match(refused.stderr, new RegExp(`^devmig: guest1: hostdev ${GVT_UUID} \\(i915-GVTg_V5_4\\): incompatible with this host: ${GVT_PARENT}/i915-GVTg_V5_2: `));
});

t.test('the xml format is the element as it stands in the domain: virsh define keeps it, and it validates', { skip }, async (t) => {
  const source = gvtHost(['V5_4'], 'V5_4');
  const element = sh(`devmig annotate --domain-xml '${GUEST_XML}' --sysfs '${source.root}'`, toolsDir(GUEST_XML));
  t.equal(element.status, 0, element.stderr);
  const dir = scratch('devmig-virsh-edit-');
  const edited = join(dir, 'guest1.xml');
  writeFileSync(edited, readFileSync(GUEST_XML, 'utf8').replace('</metadata>', `${element.stdout}</metadata>`));
  const dumped = sh('virsh dumpxml --inactive guest1', toolsDir(edited));
  t.equal(dumped.stderr, '');
  const file = join(dir, 'dumped.xml');
  writeFileSync(file, dumped.stdout.trim());
  const valid = spawnSync('virt-xml-validate', [file, 'domain'], { encoding: 'utf8' });
  t.equal(valid.status, 0, `${valid.stdout}${valid.stderr}`);
  const meta = readDomainXml(dumped.stdout, file).metadata;
  t.same(meta?.map((d) => [d.ref, d.attributes.get('mdev_type')]), [[{ kind: 'mdev', uuid: GVT_UUID }, 'i915-GVTg_V5_4']]);
});
