import { basename } from 'node:path';
import { InputError } from '../errors.js';
import { FILE_LIMITS, readTextFile } from '../read/bounded-file.js';
import { attr, child, children, parseXmlDocument, text, type XmlElement } from '../read/xml.js';
import { originsOf, type Found } from './found.js';
import { pciId } from './pci-address.js';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** A number as libvirt prints one (`2`, `0x10`); undefined when it is not. */
function number(el: XmlElement | undefined): number | undefined {
  if (el === undefined) return undefined;
  const t = text(el).trim();
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(t)) return undefined;
  return Number(t);
}

/** `capability type='pci'`'s address as sysfs names the device (`0000:02:10.7`). */
function pciAddress(cap: XmlElement): string | undefined {
  const [domain, bus, slot, fn] = ['domain', 'bus', 'slot', 'function'].map((n) => number(child(cap, n)));
  if (domain === undefined || bus === undefined || slot === undefined || fn === undefined) return undefined;
  return `${hex(domain, 4)}:${hex(bus, 2)}:${hex(slot, 2)}.${fn}`;
}

/** A PCI id attribute (`<vendor id='0x8086'>`) as sysfs prints it. */
function idOf(cap: XmlElement, name: string): string | undefined {
  const v = attr(child(cap, name), 'id');
  return v !== undefined && /^0x[0-9a-f]{1,4}$/i.test(v) ? pciId(parseInt(v, 16)) : undefined;
}

/**
 * One node device (`virsh nodedev-dumpxml`), as Nova reads it: every `<type>` of a
 * `capability type='mdev_types'` is an mdev type of this parent, with the parent's PCI ids
 * when it is a PCI device. The parent is named as in sysfs's `class/mdev_bus`: the PCI address,
 * else the last element of `<path>`, else the node device name.
 */
export function importNodedev(file: string): Found[] {
  const doc = parseXmlDocument(readTextFile(file, 'node device XML', FILE_LIMITS.nodedevXml), file);
  const { name, root } = doc;
  if (name !== 'device') throw new InputError(file, `not a libvirt node device (root element <${name}>, expected <device>)`);
  const nodeName = text(child(root, 'name') ?? {}).trim();
  const path = text(child(root, 'path') ?? {}).trim();
  const out: Found[] = [];
  for (const cap of children(root, 'capability')) {
    const pci = attr(cap, 'type') === 'pci';
    const parent = (pci ? pciAddress(cap) : undefined) ?? (path !== '' ? basename(path) : nodeName);
    if (parent === '') throw new InputError(file, 'the device has neither a PCI address, a <path> nor a <name>');
    const parentIds = new Map<string, string>();
    const vendor = pci ? idOf(cap, 'vendor') : undefined;
    const device = pci ? idOf(cap, 'product') : undefined;
    if (vendor !== undefined) parentIds.set('parent/vendor', vendor);
    if (device !== undefined) parentIds.set('parent/device', device);
    for (const types of children(cap, 'capability').filter((c) => attr(c, 'type') === 'mdev_types')) {
      for (const type of children(types, 'type')) {
        const id = attr(type, 'id');
        if (id === undefined || id === '' || id.includes('/')) throw new InputError(file, `an mdev <type> at ${doc.at(type)} without a usable id attribute ('${id ?? ''}')`);
        const attributes = new Map<string, string>([['mdev_type', id]]);
        const api = child(type, 'deviceAPI');
        if (api !== undefined) attributes.set('device_api', text(api).trim());
        const typeName = child(type, 'name');
        if (typeName !== undefined) attributes.set('name', text(typeName).trim());
        const available = number(child(type, 'availableInstances'));
        if (available !== undefined) attributes.set('available_instances', String(available));
        for (const [k, v] of parentIds) attributes.set(k, v);
        out.push({ id: `${parent}/${id}`, device: parent, path: file, attributes, skipped: [], origins: originsOf(attributes, file), ...(pci ? { board: parent } : {}) });
      }
    }
  }
  return out;
}
