import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { readDomainXml } from '../src/hook/domain-xml.js';
import { InputError } from '../src/errors.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { GVT_UUID } from './helpers/gvt-host.js';
import { scratch } from './helpers/scratch.js';

// Every error about the domain XML says where: the line and column (in characters) of the
// fault, or of the element at fault, as an editor shows them.
ensureBuilt();
const GVT_XML = readFileSync(join(repoRoot, 'test/fixtures/libvirt/gvt-g-guest.xml'), 'utf8');

/** 1-based line and column of the `nth` occurrence of `needle` in `text` (columns in characters). */
function position(text: string, needle: string, nth = 1): string {
  let i = -1;
  for (let n = 0; n < nth; n++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`${needle} not in the text`);
  const lines = text.slice(0, i).split('\n');
  return `line ${lines.length}, column ${[...lines.at(-1)!].length + 1}`;
}

function hookStderr(guest: string, xml: string): { status: number | null; stderr: string } {
  const r = runCli(['hook', 'qemu', guest, 'migrate', 'begin', '-', '--sysfs', scratch('devmig-empty-sysfs-')], { input: xml, env: { ...process.env, DEVMIG_HOOK_CONFIG: '' }, timeout: 30_000 });
  return { status: r.status, stderr: r.stderr };
}

t.test('the hook names the guest and the line and column of malformed XML', async (t) => {
  const unclosed = GVT_XML.replace('</devices>', '</device>');
  t.same(hookStderr('guest1', unclosed), {
    status: 101,
    stderr: `devmig: guest1: domain XML on stdin: malformed XML at ${position(unclosed, '</device>')}: Expected closing tag 'devices' (opened in line ${position(GVT_XML, '<devices>').replace(/line (\d+), column (\d+)/, '$1, col $2')}) instead of closing tag 'device'.\n`,
  });
  const twoRoots = `${GVT_XML}<domain/>\n`;
  t.same(hookStderr('guest1', twoRoots), { status: 101, stderr: `devmig: guest1: domain XML on stdin: malformed XML at ${position(twoRoots, '<domain/>')}: a second root element <domain> (a document has one)\n` });
  const doctype = `<?xml version="1.0"?>\n<!DOCTYPE domain>\n${GVT_XML}`;
  t.match(hookStderr('guest1', doctype).stderr, /^devmig: guest1: domain XML on stdin: a DOCTYPE declaration at line 2, column 1 is not accepted/);
});

t.test('columns count characters, not UTF-16 units', async (t) => {
  const xml = GVT_XML.replace('<title>Windows 10 VDI desktop with a GVT-g vGPU</title>', '<title>\u{1F5A5} desk \u00e9</title><x a="1" a="2"/>');
  t.equal(hookStderr('guest1', xml).stderr, `devmig: guest1: domain XML on stdin: malformed XML at ${position(xml, 'a="2"')}: Attribute 'a' is repeated.\n`);
  t.match(position(xml, 'a="2"'), /column 35$/, 'the astral character is one column');
});

t.test('a well-formed document with a bad element says where the element starts', async (t) => {
  const badUuid = GVT_XML.replace(`<address uuid='${GVT_UUID}'/>`, "<address uuid='zz'/>");
  t.same(hookStderr('guest1', badUuid), { status: 101, stderr: `devmig: guest1: domain XML on stdin: hostdev type='mdev' at ${position(badUuid, "<hostdev mode='subsystem' type='mdev'")}: 'zz' is not a UUID\n` });
  const element = `<devmig:devices xmlns:devmig="https://devmig.dev/xmlns/domain/1">\n      <devmig:device uuid="${GVT_UUID}"/>\n    </devmig:devices>`;
  const noAttr = GVT_XML.replace('</metadata>', `  ${element}\n  </metadata>`);
  t.throws(() => readDomainXml(noAttr, 'guest1.xml'), new InputError('guest1.xml', `devmig metadata device #1 at ${position(noAttr, '<devmig:device ')}: holds no attr element`));
  const twice = GVT_XML.replace('</metadata>', `  ${element}\n    ${element}\n  </metadata>`);
  t.throws(() => readDomainXml(twice, 'guest1.xml'), new InputError('guest1.xml', `devmig metadata: more than one <devices> element (another at ${position(twice, '<devmig:devices', 2)})`));
});

t.test('devmig vm names the domain XML file with the line and column', async (t) => {
  const file = join(scratch('devmig-vm-xml-'), 'guest1.xml');
  const xml = GVT_XML.replace(`<address uuid='${GVT_UUID}'/>`, "<address uuid='zz'/>");
  writeFileSync(file, xml);
  const r = runCli(['vm', file, scratch('devmig-vm-target-')]);
  t.equal(r.status, 101);
  t.equal(r.stderr, `devmig: ${file}: hostdev type='mdev' at ${position(xml, "<hostdev mode='subsystem' type='mdev'")}: 'zz' is not a UUID\n`);
});
