import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { InputError, errnoCode } from '../errors.js';
import { readDomainXml } from '../hook/domain-xml.js';
import { hostdevName } from '../hook/hostdev.js';
import { metadataFor } from '../hook/metadata.js';
import { FILE_LIMITS, readTextFile } from '../read/bounded-file.js';
import { profileFromAttributes, readProfile } from '../read/read-profile.js';
import type { HostEntry, VmDevice } from '../vm/vm.js';

const ignored = (name: string) => name.startsWith('.') || name.startsWith('README');

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => !ignored(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    throw new InputError(dir, `cannot read directory (${errnoCode(err) ?? 'error'})`);
  }
}

function kindOf(path: string): 'file' | 'dir' {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    throw new InputError(path, errnoCode(err) === 'ENOENT' ? 'no such file or directory' : `cannot read (${errnoCode(err) ?? 'error'})`);
  }
  return st.isDirectory() ? 'dir' : 'file';
}

/**
 * A VM's devices: a libvirt domain XML whose devmig metadata (as `annotate` writes it) holds
 * each assigned device's profile, or a folder holding one profile per device (each subfolder or
 * `*.json` file is one device, named by its entry name without `.json`).
 */
export function readVmDevices(path: string): VmDevice[] {
  if (kindOf(path) === 'file') {
    const domain = readDomainXml(readTextFile(path, 'domain XML', FILE_LIMITS.domainXml), path);
    if (domain.hostdevs.length === 0) throw new InputError(path, `domain ${domain.name} has no assigned device to migrate`);
    return domain.hostdevs.map((ref) => {
      const name = hostdevName(ref);
      const meta = domain.metadata === null ? undefined : metadataFor(ref, domain.metadata);
      if (meta === undefined) throw new InputError(path, `hostdev ${name} has no devmig metadata recording its source profile (run devmig annotate on the source host)`);
      return { name, profile: profileFromAttributes(`${path} metadata ${name}`, meta.attributes) };
    });
  }
  const entries = list(path);
  if (entries.some((e) => e.isFile() && !e.name.endsWith('.json'))) {
    throw new InputError(path, 'a folder holding attribute files is one profile: a VM folder holds one profile per device (a subfolder or a .json file each)');
  }
  const devices = entries.filter((e) => e.isDirectory() || e.name.endsWith('.json'))
    .map((e) => ({ name: e.name.replace(/\.json$/, ''), profile: readProfile(join(path, e.name)) }));
  if (devices.length === 0) throw new InputError(path, 'the VM folder holds no device profile (a subfolder or a .json file per device)');
  return devices;
}

/** Profile directories nest at most this deep below a host (collect writes two levels). */
const MAX_DEPTH = 4;

/**
 * A target host's inventory as `collect --out` writes it: a folder holding at least one regular
 * file is a profile (its subfolders are attribute groups); a folder holding only folders groups
 * profiles. Each profile's entry is its path below the host, in name order.
 */
export function readHostEntries(path: string): HostEntry[] {
  if (kindOf(path) !== 'dir') throw new InputError(path, 'a target host is a folder as collect --out writes it');
  const out: HostEntry[] = [];
  const walk = (dir: string, rel: string, depth: number): void => {
    for (const e of list(dir)) {
      const full = join(dir, e.name);
      const entry = rel + e.name;
      if (e.isFile() && e.name.endsWith('.json')) out.push({ entry: entry.replace(/\.json$/, ''), profile: readProfile(full) });
      else if (e.isDirectory()) {
        if (list(full).some((x) => x.isFile())) out.push({ entry, profile: readProfile(full) });
        else if (depth + 1 < MAX_DEPTH) walk(full, `${entry}/`, depth + 1);
      }
    }
  };
  if (list(path).some((e) => e.isFile() && !e.name.endsWith('.json'))) {
    throw new InputError(path, 'this folder is one profile, not a host inventory (collect --out DIR writes DIR/<device>/<type>/)');
  }
  walk(path, '', 0);
  if (out.length === 0) throw new InputError(path, 'the host inventory holds no device profile');
  return out;
}
