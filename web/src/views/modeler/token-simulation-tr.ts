/**
 * bpmn-js-token-simulation in Turkish. The library writes its labels as fixed English markup (no `translate`
 * service, unlike bpmn-js), so its elements (`bts-*` classes) are translated where they appear: text nodes and
 * `title`/`aria-label` attributes, exact phrases and the few patterns with a value inside. An element's own name in the
 * simulation log is left as the analyst wrote it; only the library's fall-back names are translated.
 */
import { getLang } from '../../i18n';

const PHRASES: Record<string, string> = {
  'Token Simulation': 'Belirteç benzetimi',
  'Play Simulation': 'Benzetimi başlat',
  'Pause Simulation': 'Benzetimi duraklat',
  'Play/Pause Simulation': 'Benzetimi başlat/duraklat',
  'Reset Simulation': 'Benzetimi sıfırla',
  'Toggle Simulation Log': 'Benzetim günlüğünü aç/kapat',
  'Simulation Log': 'Benzetim günlüğü',
  'No Entries': 'Kayıt yok',
  Close: 'Kapat',
  'Found unsupported elements': 'Desteklenmeyen öğeler var',
  'Not supported': 'Desteklenmiyor',
  Finished: 'Bitti',
  'Set Sequence Flow': 'Akışı seç',
  'Trigger Event': 'Olayı tetikle',
  'Add pause point': 'Duraklama noktası ekle',
  'Remove pause point': 'Duraklama noktasını kaldır',
  'Process started': 'Süreç başladı',
  'Process finished': 'Süreç bitti',
  'Process canceled': 'Süreç iptal edildi',
  'SubProcess started': 'Alt süreç başladı',
  'SubProcess finished': 'Alt süreç bitti',
  'SubProcess canceled': 'Alt süreç iptal edildi',
  'Service Task': 'Hizmet görevi',
  'User Task': 'Kullanıcı görevi',
  'Call Activity': 'Çağrı etkinliği',
  'Script Task': 'Betik görevi',
  'Business Rule Task': 'İş kuralı görevi',
  'Manual Task': 'Elle yapılan görev',
  'Receive Task': 'Alma görevi',
  'Send Task': 'Gönderme görevi',
  Task: 'Görev',
  'Exclusive Gateway': 'Özel geçit',
  'Parallel Gateway': 'Paralel geçit',
  'Inclusive Gateway': 'Kapsayıcı geçit',
  'Start Event': 'Başlangıç olayı',
  'Intermediate Event': 'Ara olay',
  'Boundary Event': 'Sınır olayı',
  'End Event': 'Bitiş olayı',
  Slow: 'Yavaş',
  Normal: 'Normal',
  Fast: 'Hızlı',
};

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Focus process instance (.+)$/, (m) => `Süreç örneğine odaklan: ${m[1]}`],
  [/^Set animation speed = (.+)$/, (m) => `Animasyon hızı: ${PHRASES[m[1]] ?? m[1]}`],
];

/** The Turkish of one of the library's labels, or null when it is not one (e.g. an element's own name). */
export function tokenSimulationTr(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (Object.hasOwn(PHRASES, trimmed)) return text.replace(trimmed, PHRASES[trimmed]);
  for (const [re, to] of PATTERNS) {
    const m = re.exec(trimmed);
    if (m) return text.replace(trimmed, to(m));
  }
  return null;
}

const inSimulationUi = (node: Node | null): boolean => {
  for (let el = node instanceof Element ? node : node?.parentElement; el; el = el.parentElement) {
    if ([...el.classList].some((c) => c.startsWith('bts-'))) return true;
  }
  return false;
};

const LABEL_ATTRIBUTES = ['title', 'aria-label'];

function translateTree(root: Node): void {
  if (root instanceof Element) {
    for (const el of [root, ...root.querySelectorAll('[title], [aria-label]')]) {
      if (!inSimulationUi(el)) continue;
      for (const name of LABEL_ATTRIBUTES) {
        const value = el.getAttribute(name);
        const tr = value ? tokenSimulationTr(value) : null;
        if (tr) el.setAttribute(name, tr);
      }
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode(); n; n = walker.nextNode()) {
    const tr = inSimulationUi(n) ? tokenSimulationTr(n.textContent ?? '') : null;
    if (tr !== null && tr !== n.textContent) n.textContent = tr;
  }
}

/** Keeps the simulation's labels in Turkish while the UI language is Turkish. Returns the stop function. */
export function translateTokenSimulation(container: HTMLElement): () => void {
  if (getLang() !== 'tr') return () => undefined;
  translateTree(container);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element) translateTree(r.target);
      else if (r.type === 'characterData') translateTree(r.target);
      else r.addedNodes.forEach(translateTree);
    }
  });
  observer.observe(container, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: LABEL_ATTRIBUTES });
  return () => observer.disconnect();
}
