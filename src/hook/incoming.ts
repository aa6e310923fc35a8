/** The libvirt guest drivers whose hook gets `migrate begin` with the domain XML on stdin. */
const MIGRATING_DRIVERS = new Set(['qemu', 'libxl']);

/**
 * Only an incoming migration is devmig's business (libvirt calls it on the destination, the
 * domain XML on stdin). Every other call (prepare, start, started, stopped, release, restore,
 * reconnect, attach, migrate with another sub-operation) must succeed at once, unread.
 * Kept apart from the hook's engine so that answering those loads nothing.
 */
export function isIncomingMigration(driver: string, operation: string, subop: string | undefined): boolean {
  return MIGRATING_DRIVERS.has(driver) && operation === 'migrate' && subop === 'begin';
}
