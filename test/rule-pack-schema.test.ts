import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { Ajv } from 'ajv';
import { repoRoot } from './helpers/cli.js';

t.test('schema/rule-pack.schema.json compiles under ajv\'s strict mode, every strict check on', async (t) => {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'schema/rule-pack.schema.json'), 'utf8'));
  const ajv = new Ajv({ strict: true, allErrors: true });
  const validate = ajv.compile(schema);
  for (const f of ['standard', 'gvt-g', 'suppress']) {
    const pack = JSON.parse(readFileSync(join(repoRoot, 'rules', `${f}.json`), 'utf8'));
    t.ok(validate(pack), `rules/${f}.json: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
  }
});
