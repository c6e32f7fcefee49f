/**
 * A DMN file as dmn-js writes it (dmn-moddle, formatted): the live file and the draft are diffed in the same layout,
 * so the review shows the cells that changed, not every line the editor reformatted.
 */
import { DmnModdle } from 'dmn-moddle';

export async function formatDmn(xml: string): Promise<string> {
  try {
    const moddle = new DmnModdle();
    const { rootElement } = await moddle.fromXML(xml, 'dmn:Definitions');
    return (await moddle.toXML(rootElement, { format: true })).xml;
  } catch {
    return xml; // not readable: the diff shows it as it is, the lint says why
  }
}
