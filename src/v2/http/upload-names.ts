/**
 * File names of multipart uploads as the client wrote them. busboy (under multer) decodes a plain `filename="…"`
 * parameter as latin1, so a UTF-8 name such as `ünï😀.bpmn` arrived as `Ã¼nÃ¯ð….bpmn`. When every character
 * of the decoded name is a single byte and those bytes are valid UTF-8, they were UTF-8: decode them so.
 * A name that really was latin1 (not valid UTF-8) or that busboy decoded from `filename*=UTF-8''…` is kept.
 */
export function uploadFileName(decoded: string): string {
  if (!/[\u0080-\u00ff]/.test(decoded) || /[^\u0000-\u00ff]/.test(decoded)) return decoded;
  const bytes = Buffer.from(decoded, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decoded;
  }
}
