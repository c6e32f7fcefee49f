/**
 * form-js's editor has no translation service: its palette and properties panel are English. This puts them in
 * Turkish as they render (exact texts only; a text node's data is changed in place, as preact keeps the node), and
 * does nothing when the app is in English. The form being edited is never touched: only the editor's chrome.
 */
import { getLang } from '../../i18n';

const TR: Record<string, string> = {
  Components: 'Bileşenler',
  'Search components': 'Bileşen ara',
  Input: 'Giriş',
  Selection: 'Seçim',
  Presentation: 'Sunum',
  Containers: 'Kapsayıcılar',
  Action: 'Eylem',
  'Text field': 'Metin alanı',
  'Text area': 'Metin kutusu',
  Number: 'Sayı',
  'Date time': 'Tarih saat',
  Datetime: 'Tarih saat',
  Checkbox: 'Onay kutusu',
  Checklist: 'Onay listesi',
  'Radio group': 'Seçenek grubu',
  Select: 'Açılır liste',
  'Tag list': 'Etiket listesi',
  'Text view': 'Metin',
  'Image view': 'Görsel',
  Table: 'Tablo',
  'HTML view': 'HTML',
  Spacer: 'Boşluk',
  Separator: 'Ayırıcı',
  Group: 'Grup',
  'Dynamic list': 'Dinamik liste',
  iFrame: 'iFrame',
  Button: 'Düğme',
  'Expression': 'İfade',
  'File picker': 'Dosya seçici',
  'Document preview': 'Belge önizleme',
  General: 'Genel',
  Condition: 'Koşul',
  Validation: 'Doğrulama',
  Appearance: 'Görünüm',
  Layout: 'Yerleşim',
  Serialization: 'Biçim',
  Constraints: 'Kısıtlar',
  'Options source': 'Seçenek kaynağı',
  'Static options': 'Sabit seçenekler',
  'Custom properties': 'Özel özellikler',
  Field: 'Alan',
  'Field label': 'Alan etiketi',
  Label: 'Etiket',
  Key: 'Anahtar',
  Path: 'Yol',
  Description: 'Açıklama',
  'Default value': 'Varsayılan değer',
  Required: 'Zorunlu',
  Disabled: 'Devre dışı',
  'Read only': 'Salt okunur',
  'Minimum length': 'En kısa uzunluk',
  'Maximum length': 'En uzun uzunluk',
  Minimum: 'En küçük',
  Maximum: 'En büyük',
  'Regular expression pattern': 'Düzenli ifade kalıbı',
  'Validation pattern': 'Doğrulama kalıbı',
  'Hide if': 'Şu durumda gizle',
  Text: 'Metin',
  Value: 'Değer',
  Type: 'Tür',
  Columns: 'Sütunlar',
  'Prefix': 'Önek',
  'Suffix': 'Sonek',
  'Date label': 'Tarih etiketi',
  'Time label': 'Saat etiketi',
  Subtype: 'Alt tür',
  Date: 'Tarih',
  Time: 'Saat',
  'Date & Time': 'Tarih ve saat',
  'Disallow past dates': 'Geçmiş tarihlere izin verme',
  'Form': 'Form',
  ID: 'Kimlik',
  'Execution platform': 'Çalışma platformu',
  'Version tag': 'Sürüm etiketi',
  Searchable: 'Aranabilir',
  Options: 'Seçenekler',
  'Input values key': 'Seçenek değişkeni',
  Height: 'Yükseklik',
  Source: 'Kaynak',
  Submit: 'Gönder',
  Reset: 'Sıfırla',
  'Empty': 'Boş',
};

function translateTree(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const key = text.data.trim();
    const tr = key && TR[key];
    if (tr && tr !== key) text.data = text.data.replace(key, tr);
  }
  if (root instanceof Element) {
    for (const el of root.querySelectorAll<HTMLElement>('[placeholder], [title]')) {
      for (const attr of ['placeholder', 'title']) {
        const v = el.getAttribute(attr);
        if (v && TR[v]) el.setAttribute(attr, TR[v]);
      }
    }
  }
}

/** Translates the editor's palette and properties panel (not the canvas, which is the form itself). */
export function translateFormEditor(host: HTMLElement): MutationObserver | null {
  if (getLang() !== 'tr') return null;
  const chrome = () => [...host.querySelectorAll<HTMLElement>('.fjs-palette-container, .fjs-properties-container, .fjs-editor-palette, .fjs-editor-properties-panel, .bio-properties-panel')];
  const apply = () => chrome().forEach(translateTree);
  const observer = new MutationObserver(() => {
    observer.disconnect();
    apply();
    observer.observe(host, { childList: true, subtree: true, characterData: true });
  });
  apply();
  observer.observe(host, { childList: true, subtree: true, characterData: true });
  return observer;
}
