/**
 * Turns a pack into what is handed on: container bytes (encrypted when a
 * passphrase is given) and the URL fragment that carries the same bytes.
 */
import { encodePack, packToFragment } from './codec';
import { encryptPackBytes } from './crypto';
import type { PackDocument } from './format';

export type PreparedPack = {
  bytes: Uint8Array;
  /** `pack=…`, to put after `#` in a link. */
  fragment: string;
  encrypted: boolean;
};

export async function preparePack(
  pack: PackDocument,
  passphrase: string,
): Promise<PreparedPack> {
  const plain = encodePack(pack);
  const bytes = passphrase ? await encryptPackBytes(plain, passphrase) : plain;
  return {
    bytes,
    fragment: packToFragment(bytes),
    encrypted: passphrase.length > 0,
  };
}
