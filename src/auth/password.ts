import * as bcrypt from 'bcryptjs';

/** bcrypt cost: about 100 ms per hash in pure JS on a server core; raise with hardware. */
const COST = 11;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

/** A valid hash of a random string: compared against when the user is unknown, so timing does not reveal user names. */
export const DUMMY_HASH = bcrypt.hashSync(`no-user-${Math.random()}`, COST);
