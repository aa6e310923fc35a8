import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readlinkSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scratch } from './scratch.js';

/** Options for a synthetic PCI device. */
export interface PciDeviceOptions {
  /** Bound driver: a `driver` link to `../../../bus/pci/drivers/<name>`. */
  driver?: string;
  /** SR-IOV VF: a `physfn` link to the PF's directory. */
  physfn?: string;
  /** Size a sparse `resource2` claims (a GPU BAR claims 128 GiB). */
  bar?: number;
}

const HOST_BUS = 'devices/pci0000:00';

/**
 * A synthetic sysfs tree in a temporary directory, laid out as the kernel lays it out:
 * devices under `devices/pci0000:00/<address>/`, indexed by links in `bus/pci/devices/` and
 * `class/mdev_bus/`, with the hazards real sysfs has (write-only files, a `subsystem` link
 * that loops back up the tree, host-local noise, sparse BARs, FIFOs when asked).
 */
export class SysfsTree {
  readonly root: string;

  constructor(root?: string) {
    this.root = root ?? scratch('devmig-sysfs-');
    mkdirSync(this.root, { recursive: true });
  }

  path(rel: string): string {
    return join(this.root, rel);
  }

  file(rel: string, content: string | Buffer, mode?: number): this {
    const p = this.path(rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    if (mode !== undefined) chmodSync(p, mode);
    return this;
  }

  /** One file per attribute (`group/name` keys make groups), each value plus a newline. */
  attributes(dir: string, attrs: Record<string, string>): this {
    for (const [name, value] of Object.entries(attrs)) this.file(`${dir}/${name}`, `${value}\n`);
    return this;
  }

  dir(rel: string): this {
    mkdirSync(this.path(rel), { recursive: true });
    return this;
  }

  link(rel: string, target: string): this {
    const p = this.path(rel);
    mkdirSync(dirname(p), { recursive: true });
    symlinkSync(target, p);
    return this;
  }

  /** A real FIFO: opening it for reading would block forever. */
  fifo(rel: string): this {
    const p = this.path(rel);
    mkdirSync(dirname(p), { recursive: true });
    execFileSync('mkfifo', [p]);
    return this;
  }

  /** A sparse file claiming `bytes` (no disk used), like a BAR's resource file. */
  sparse(rel: string, bytes: number, mode = 0o600): this {
    this.file(rel, '', mode);
    truncateSync(this.path(rel), bytes);
    return this;
  }

  /**
   * A PCI device at `devices/pci0000:00/<addr>/` with `attrs`, its `bus/pci/devices/<addr>`
   * index link, a looping `subsystem` link, host-local files collect must never read, and
   * the `driver`/`physfn` links and BAR asked for. Returns the device directory (relative).
   */
  pciDevice(addr: string, attrs: Record<string, string>, opts: PciDeviceOptions = {}): string {
    const dev = `${HOST_BUS}/${addr}`;
    this.attributes(dev, attrs)
      .attributes(dev, { irq: '41', numa_node: '-1', local_cpus: 'ffff', 'power/control': 'on', 'msi_irqs/42': 'msix', current_link_speed: '32.0 GT/s PCIe' })
      .file(`${dev}/uevent`, `PCI_SLOT_NAME=${addr}\n`)
      .file(`${dev}/config`, Buffer.alloc(256))
      .file(`${dev}/remove`, '', 0o200)
      .link(`${dev}/subsystem`, '../../../bus/pci')
      .link(`bus/pci/devices/${addr}`, `../../../${dev}`);
    if (opts.driver !== undefined) this.dir(`bus/pci/drivers/${opts.driver}`).link(`${dev}/driver`, `../../../bus/pci/drivers/${opts.driver}`);
    if (opts.physfn !== undefined) this.link(`${dev}/physfn`, `../${opts.physfn}`);
    if (opts.bar !== undefined) this.sparse(`${dev}/resource2`, opts.bar);
    return dev;
  }

  /**
   * An mdev type of parent `addr` (which must exist as a PCI device) with its attributes, an
   * empty `devices/` and a write-only `create`, and the parent's `class/mdev_bus` index link.
   * Returns the type directory (relative).
   */
  mdevType(parent: string, type: string, attrs: Record<string, string>): string {
    const dir = `${HOST_BUS}/${parent}/mdev_supported_types/${type}`;
    this.attributes(dir, attrs).dir(`${dir}/devices`).file(`${dir}/create`, '', 0o200);
    const index = `class/mdev_bus/${parent}`;
    if (!this.exists(index)) this.link(index, `../../${HOST_BUS}/${parent}`);
    return dir;
  }

  exists(rel: string): boolean {
    try {
      lstatSync(this.path(rel));
      return true;
    } catch {
      return false;
    }
  }

  /** Every entry with its kind, mode, size, mtime and link text: equal snapshots mean nothing changed. */
  snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (rel: string): void => {
      for (const name of readdirSync(this.path(rel)).sort()) {
        const r = rel ? `${rel}/${name}` : name;
        const st = lstatSync(this.path(r));
        out[r] = st.isSymbolicLink() ? `link ${readlinkSync(this.path(r))}` : `${st.mode.toString(8)} ${st.size} ${st.mtimeMs}`;
        if (st.isDirectory()) walk(r);
      }
    };
    walk('');
    return out;
  }
}
