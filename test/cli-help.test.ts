// Help through the real binary: completion, `devmig help CMD`, and examples that run as written.
import t from 'tap';
import { ensureBuilt } from './helpers/build.js';
import { runCli } from './helpers/cli.js';

ensureBuilt();

t.test('devmig completion prints a script that asks devmig for its commands and options', async (t) => {
  const script = runCli(['completion']);
  t.equal(script.status, 0);
  t.match(script.stdout, /devmig --get-yargs-completions/);
  t.match(script.stdout, /complete .*devmig/);
  const commands = runCli(['--get-yargs-completions', 'ma']).stdout.split('\n');
  for (const c of ['check', 'vm', 'bump', 'collect', 'matrix', 'plan', 'traits', 'explain', 'hook', 'annotate', 'help', 'completion']) t.ok(commands.includes(c), `offers ${c}`);
  const options = runCli(['--get-yargs-completions', 'matrix', '--']).stdout.split('\n');
  for (const o of ['--sources', '--targets', '--format', '--color']) t.ok(options.includes(o), `matrix offers ${o}`);
});

/** The `devmig ...` lines of a help text's Examples section. */
function examplesOf(help: string): string[] {
  const at = help.indexOf('\nExamples:\n');
  if (at < 0) return [];
  const section = help.slice(at + '\nExamples:\n'.length).split('\n\n')[0]!;
  return section.split('\n').map((l) => l.trim().split(/ {2,}/)[0]!).filter((l) => l.includes('devmig '));
}

t.test('devmig help CMD is CMD --help, with examples that run as written', async (t) => {
  const main = runCli(['help']);
  t.equal(main.status, 0);
  t.equal(main.stdout, runCli(['--help']).stdout);
  t.ok(examplesOf(main.stdout).length >= 3, 'the main help has examples');
  const examples = [...examplesOf(main.stdout)];
  for (const command of ['check', 'vm', 'bump', 'collect', 'matrix', 'plan', 'traits', 'explain', 'hook', 'annotate']) {
    const help = runCli(['help', command]);
    t.equal(help.status, 0);
    t.match(help.stdout, new RegExp(`^devmig ${command}\\b`), `help ${command} is ${command}'s help`);
    // One spawn each is plenty; two commands are compared with --help in full.
    if (command === 'matrix' || command === 'hook') t.equal(help.stdout, runCli([command, '--help']).stdout, `help ${command} prints ${command} --help`);
    const own = examplesOf(help.stdout);
    t.ok(own.length > 0, `${command} has examples`);
    t.ok(own.every((e) => e.startsWith(`devmig ${command}`) || e.includes(`| devmig ${command}`) || e.startsWith('virsh ')), `${command}'s examples are of ${command}`);
    examples.push(...own);
  }
  // Examples that read this host or need libvirt's stdin are left out; the others run on bundled data.
  for (const example of examples.filter((e) => !/collect|hook|annotate|help/.test(e))) {
    const r = runCli(example.split(' ').slice(1));
    t.ok(r.status === 0 || r.status === 100, `${example}: a verdict (exit ${r.status}) ${r.stderr}`);
    t.equal(r.stderr, '');
  }
});
