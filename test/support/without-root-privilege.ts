/**
 * A command line run without root's power to write any file, when the tests run as root (as CI does):
 * setpriv (util-linux) drops the capabilities that override file permissions, the process staying
 * root so that it still reads the project wherever it is checked out (a folder only root may enter).
 */
export function withoutRootPrivilege(command: readonly string[]): string[] {
  if (process.getuid?.() !== 0) return [...command];
  return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", ...command];
}
