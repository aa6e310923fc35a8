/**
 * Attributes that describe this host, not the device type a migration needs: interrupt and
 * NUMA placement, BARs, power state, config space, IOMMU grouping, link training, and the
 * list of instances already created. Collect never reads them (a BAR claims 128 GiB).
 */
const HOST_LOCAL = new Set([
  'irq', 'numa_node', 'local_cpus', 'local_cpulist', 'msi_irqs', 'msi_bus', 'power', 'power_state',
  'uevent', 'config', 'iommu_group', 'iommu', 'current_link_speed', 'current_link_width',
  'max_link_speed', 'max_link_width', 'devices', 'subsystem', 'firmware_node', 'driver_override',
  'enable', 'd3cold_allowed', 'broken_parity_status', 'consistent_dma_mask_bits', 'dma_mask_bits',
  'serial_number', 'rescan', 'reset', 'reset_method', 'modalias', 'rom', 'label', 'index',
]);

/** True for an attribute (or a group, by its first path element) that is host-local. */
export function isHostLocal(attribute: string): boolean {
  const head = attribute.split('/', 1)[0]!;
  return HOST_LOCAL.has(head) || head.startsWith('resource');
}
