import { originsOf, type Found } from './found.js';
import { sysfsPciAddress } from './pci-address.js';
import { isObject, readToolJson, toolOutputError } from './tool-json.js';

/** The attributes mdevctl reports for a type, as sysfs holds them under `mdev_supported_types/<type>/`. */
const TYPE_KEYS = ['available_instances', 'device_api', 'name', 'description'] as const;

/**
 * `mdevctl types --dumpjson`: `[{"<parent>": [{"<type>": {available_instances, device_api,
 * name, description}}...]}]`. Each type is the profile sysfs would give (`<parent>/<type>`);
 * mdevctl does not print the parent's PCI ids, so they stay unknown.
 */
export function importMdevctl(file: string): Found[] {
  const doc = readToolJson(file, 'mdevctl types --dumpjson output');
  const bad = toolOutputError(file, 'mdevctl types --dumpjson');
  if (!Array.isArray(doc)) throw bad('top level', 'not an array');
  const out: Found[] = [];
  for (const [i, parents] of doc.entries()) {
    if (!isObject(parents)) throw bad(`[${i}]`, 'not an object of parents');
    for (const [parent, types] of Object.entries(parents)) {
      if (parent === '' || parent.includes('/') || parent.startsWith('.')) throw bad(`[${i}]`, `'${parent}' is not a parent device name`);
      if (!Array.isArray(types)) throw bad(parent, 'not an array of types');
      for (const [j, entry] of types.entries()) {
        if (!isObject(entry)) throw bad(`${parent}[${j}]`, 'not an object');
        for (const [type, info] of Object.entries(entry)) {
          if (type === '' || type.includes('/') || type.startsWith('.')) throw bad(`${parent}[${j}]`, `'${type}' is not an mdev type id`);
          if (!isObject(info)) throw bad(`${parent}/${type}`, 'not an object');
          const attributes = new Map<string, string>([['mdev_type', type]]);
          for (const key of TYPE_KEYS) {
            const v = info[key];
            if (v === undefined || v === null) continue;
            if (typeof v !== 'string' && typeof v !== 'number') throw bad(`${parent}/${type}`, `${key} is neither text nor a number`);
            attributes.set(key, String(v));
          }
          const board = sysfsPciAddress(parent);
          out.push({ id: `${parent}/${type}`, device: parent, path: file, attributes, skipped: [], origins: originsOf(attributes, file), ...(board === undefined ? {} : { board }) });
        }
      }
    }
  }
  return out;
}
