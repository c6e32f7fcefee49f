/**
 * Lint messages in Turkish (default) and English: the product's own rules (product-lint.ts) and the camunda-compat
 * findings, worded from the finding's data (type of problem, element type, property) rather than its English text.
 */
export type Lang = 'tr' | 'en';

const TEXTS = {
  unknownJobType: { tr: '"{type}" iş türüne hizmet eden bir çalışan yok.', en: 'No worker serves job type "{type}".' },
  'unknownJobType.near': { tr: '"{type}" iş türüne hizmet eden bir çalışan yok. "{near}" mi olacaktı?', en: 'No worker serves job type "{type}". Did you mean "{near}"?' },
  foreignJobType: { tr: '"{type}" iş türü ürünün çalışanlarından değil: bu türü dışarıdan bir çalışan almalı.', en: 'Job type "{type}" is not one of the product\'s workers: a worker outside it must serve it.' },
  headerRequired: { tr: '"{key}" ayarı ({label}) gerekli: {type} çalışanı onsuz çalışmaz.', en: 'Header "{key}" ({label}) is required: the {type} worker cannot run without it.' },
  headerChoice: { tr: '"{key}" ayarı için "{value}" bilinmiyor. Bilinen değerler: {choices}.', en: 'Header "{key}": "{value}" is not known. Known values: {choices}.' },
  headerPattern: { tr: '"{key}" ayarının değeri "{value}" geçersiz (beklenen biçim: {pattern}).', en: 'Header "{key}": "{value}" has the wrong format (expected {pattern}).' },
  missingForm: { tr: '"{formId}" formu yayımlanmamış ve forms/ klasöründe de yok.', en: 'Form "{formId}" is not deployed and not in forms/.' },
  gatewayMissingValues: { tr: 'Özel geçidin varsayılan akışı yok ve koşullar {variable} için şu değerleri kapsamıyor: {missing}. Bu değerlerde dosya olaya düşer.', en: 'Exclusive gateway without a default flow: the conditions do not cover {variable} = {missing}; such a case raises an incident.' },
  gatewayNoDefault: { tr: 'Özel geçidin varsayılan akışı yok ve koşulların her durumu kapsadığı gösterilemiyor: varsayılan bir akış ekleyin.', en: 'Exclusive gateway without a default flow, and the conditions cannot be shown to cover every case: add a default flow.' },
  timerNotDate: { tr: 'Zamanlayıcı bir son tarih okumuyor: yasal süreler timeDate = "=…DueAt" ile takvim çalışanının hesapladığı ana bağlanmalı.', en: 'The timer reads no due instant: statutory periods use timeDate = "=…DueAt", computed by the calendar worker.' },
  timerLiteral: { tr: 'Zamanlayıcı sabit bir değer kullanıyor ({value}): yasal süreler resmî tatilleri bilen takvim çalışanının hesapladığı "=…DueAt" değişkenini okumalı.', en: 'The timer uses a fixed value ({value}): statutory periods read a "=…DueAt" variable computed by the calendar worker, which knows the holidays.' },
  timerUnbound: { tr: 'Zamanlayıcı "{variable}" değişkenini okuyor, ama bu süreçte onu hiçbir takvim çalışanı ("Yasal süre sonunu hesapla") yazmıyor.', en: 'The timer reads "{variable}", but no calendar worker ("Compute legal deadline") of this process writes it.' },
  unpublishedMessage: { tr: '"{name}" mesajını yayımlayan kimse yok: bu olay hiç tetiklenmez.', en: 'Nobody publishes message "{name}": this event never fires.' },
  // camunda-compat, by kind of finding
  'compat.propertyRequired': { tr: '{element}: "{property}" gerekli.', en: '{element}: "{property}" is required.' },
  'compat.propertyValueRequired': { tr: '{element}: "{property}" için bir değer gerekli.', en: '{element}: "{property}" needs a value.' },
  'compat.extensionElementRequired': { tr: '{element}: "{property}" tanımı gerekli.', en: '{element}: "{property}" must be defined.' },
  'compat.elementTypeNotAllowed': { tr: '{element} Camunda 8.8 ile çalıştırılamaz.', en: '{element} is not supported by Camunda 8.8.' },
  'compat.propertyNotAllowed': { tr: '{element}: "{property}" burada kullanılamaz.', en: '{element}: "{property}" is not allowed here.' },
  'compat.propertyValueNotAllowed': { tr: '{element}: "{property}" değeri burada kullanılamaz.', en: '{element}: the value of "{property}" is not allowed here.' },
  'compat.feelInvalid': { tr: '{element}: "{property}" geçerli bir FEEL ifadesi değil.', en: '{element}: "{property}" is not a valid FEEL expression.' },
  'compat.duplicated': { tr: '{element}: "{property}" değeri tekrarlanıyor.', en: '{element}: the value of "{property}" is duplicated.' },
  'compat.other': { tr: '{element}: {message}', en: '{element}: {message}' },
  xmlUnreadable: { tr: 'Okunabilir bir BPMN 2.0 dosyası değil: {message}', en: 'Not a readable BPMN 2.0 file: {message}' },
  // decision tables (dmn-lint.ts)
  dmnUnreadable: { tr: 'Okunabilir bir DMN 1.3 dosyası değil: {message}', en: 'Not a readable DMN 1.3 file: {message}' },
  dmnNoDecision: { tr: 'Dosyada hiç karar yok.', en: 'The file holds no decision.' },
  dmnLogic: { tr: '"{decision}" kararının mantığı ({logic}) motorca çalıştırılamaz: karar tablosu veya değişmez ifade kullanın.', en: 'The logic of decision "{decision}" ({logic}) cannot run on the engine: use a decision table or a literal expression.' },
  dmnHitPolicy: { tr: '"{hitPolicy}" isabet politikası motorca desteklenmiyor. Desteklenenler: {supported}.', en: 'Hit policy "{hitPolicy}" is not supported by the engine. Supported: {supported}.' },
  dmnUnaryTests: { tr: '"{input}" sütunundaki "{entry}" geçerli bir FEEL giriş koşulu değil (ör. true, "a", < 18, [1..5], -).', en: '"{entry}" in column "{input}" is not valid FEEL unary tests (e.g. true, "a", < 18, [1..5], -).' },
  dmnOutputEntry: { tr: '"{output}" sütunundaki "{entry}" geçerli bir FEEL ifadesi değil.', en: '"{entry}" in column "{output}" is not a valid FEEL expression.' },
  dmnExpression: { tr: '"{expression}" geçerli bir FEEL ifadesi değil.', en: '"{expression}" is not a valid FEEL expression.' },
  dmnCitation: { tr: 'Kuralın açıklamasında madde yok: her satır dayandığı maddeyi göstermeli (ör. "Md. 79(1)(a)" veya "Art. 79(1)(a)").', en: 'The rule\'s annotation cites no article: every row names the article it applies (e.g. "Art. 79(1)(a)" or "Md. 79(1)(a)").' },
  dmnEngine: { tr: 'Motor bu dosyayı yayımlamaz: {message}', en: 'The engine refuses this file: {message}' },
  dmnMissingDecision: { tr: '"{decision}" kararı bu dosyada yok, ama {processes} süreci onu çağırıyor (zeebe:calledDecision): dosya yayımlanırsa süreç olaya düşer.', en: 'Decision "{decision}" is not in this file, but process {processes} calls it (zeebe:calledDecision): the process would raise an incident.' },
  formUnreadable: { tr: 'Camunda formu değil: {message}', en: 'Not a Camunda form: {message}' },
} as const;

export type LintTextKey = keyof typeof TEXTS;

export function lintText(lang: Lang, key: LintTextKey, params: Record<string, string> = {}): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}

/** Element types in words (the modeler's own labels). */
const ELEMENT_NAMES: Record<string, { tr: string; en: string }> = {
  'bpmn:ServiceTask': { tr: 'Hizmet görevi', en: 'Service task' },
  'bpmn:UserTask': { tr: 'Kullanıcı görevi', en: 'User task' },
  'bpmn:SendTask': { tr: 'Gönderme görevi', en: 'Send task' },
  'bpmn:ReceiveTask': { tr: 'Alma görevi', en: 'Receive task' },
  'bpmn:ScriptTask': { tr: 'Betik görevi', en: 'Script task' },
  'bpmn:BusinessRuleTask': { tr: 'İş kuralı görevi', en: 'Business rule task' },
  'bpmn:CallActivity': { tr: 'Çağrı etkinliği', en: 'Call activity' },
  'bpmn:SubProcess': { tr: 'Alt süreç', en: 'Sub-process' },
  'bpmn:ExclusiveGateway': { tr: 'Özel geçit', en: 'Exclusive gateway' },
  'bpmn:ParallelGateway': { tr: 'Paralel geçit', en: 'Parallel gateway' },
  'bpmn:InclusiveGateway': { tr: 'Kapsayıcı geçit', en: 'Inclusive gateway' },
  'bpmn:EventBasedGateway': { tr: 'Olay tabanlı geçit', en: 'Event-based gateway' },
  'bpmn:StartEvent': { tr: 'Başlangıç olayı', en: 'Start event' },
  'bpmn:EndEvent': { tr: 'Bitiş olayı', en: 'End event' },
  'bpmn:BoundaryEvent': { tr: 'Sınır olayı', en: 'Boundary event' },
  'bpmn:IntermediateCatchEvent': { tr: 'Ara yakalama olayı', en: 'Intermediate catch event' },
  'bpmn:IntermediateThrowEvent': { tr: 'Ara atma olayı', en: 'Intermediate throw event' },
  'bpmn:SequenceFlow': { tr: 'Akış', en: 'Sequence flow' },
  'bpmn:Process': { tr: 'Süreç', en: 'Process' },
  'bpmn:Message': { tr: 'Mesaj', en: 'Message' },
  'bpmn:TimerEventDefinition': { tr: 'Zamanlayıcı', en: 'Timer' },
  'bpmn:MessageEventDefinition': { tr: 'Mesaj olayı', en: 'Message event' },
  'bpmn:ErrorEventDefinition': { tr: 'Hata olayı', en: 'Error event' },
  'zeebe:TaskDefinition': { tr: 'Görev tanımı', en: 'Task definition' },
  'zeebe:Subscription': { tr: 'Mesaj aboneliği', en: 'Message subscription' },
};

/** Properties in words. */
const PROPERTY_NAMES: Record<string, { tr: string; en: string }> = {
  taskDefinition: { tr: 'iş türü (görev tanımı)', en: 'job type (task definition)' },
  type: { tr: 'tür', en: 'type' },
  conditionExpression: { tr: 'koşul', en: 'condition' },
  formDefinition: { tr: 'form', en: 'form' },
  messageRef: { tr: 'mesaj', en: 'message' },
  correlationKey: { tr: 'ilişkilendirme anahtarı', en: 'correlation key' },
  calledElement: { tr: 'çağrılan süreç', en: 'called process' },
  processId: { tr: 'süreç kimliği', en: 'process id' },
  errorRef: { tr: 'hata', en: 'error' },
  errorCode: { tr: 'hata kodu', en: 'error code' },
  timeDate: { tr: 'tarih', en: 'date' },
  timeDuration: { tr: 'süre', en: 'duration' },
  timeCycle: { tr: 'döngü', en: 'cycle' },
  name: { tr: 'ad', en: 'name' },
  default: { tr: 'varsayılan akış', en: 'default flow' },
  script: { tr: 'betik', en: 'script' },
  resultVariable: { tr: 'sonuç değişkeni', en: 'result variable' },
  expression: { tr: 'ifade', en: 'expression' },
  eventDefinitions: { tr: 'olay tanımı', en: 'event definition' },
};

/** What the lint worker keeps of a camunda-compat finding's data (moddle objects cannot cross threads). */
export interface CompatData {
  type?: string;
  nodeType?: string;
  parentType?: string;
  property?: string;
}

const word = (table: Record<string, { tr: string; en: string }>, key: string | undefined, lang: Lang) => (key ? (table[key]?.[lang] ?? key.replace(/^\w+:/, '')) : '');

export function compatMessage(lang: Lang, data: CompatData | undefined, message: string): string {
  const element = word(ELEMENT_NAMES, data?.parentType && data?.nodeType?.startsWith('zeebe:') ? data.parentType : data?.nodeType, lang) || (lang === 'tr' ? 'Öğe' : 'Element');
  const property = word(PROPERTY_NAMES, data?.property ?? (data?.nodeType?.startsWith('zeebe:') ? data.nodeType.replace('zeebe:', '').replace(/^./, (c) => c.toLowerCase()) : undefined), lang);
  const kind = (data?.type ?? '').replace(/^camunda\./, '');
  const key: LintTextKey =
    kind === 'propertyRequired' ? 'compat.propertyRequired'
    : kind === 'propertyValueRequired' || kind === 'expressionRequired' ? 'compat.propertyValueRequired'
    : kind === 'extensionElementRequired' ? 'compat.extensionElementRequired'
    : kind === 'elementTypeNotAllowed' || kind === 'childElementTypeNotAllowed' ? 'compat.elementTypeNotAllowed'
    : kind === 'propertyNotAllowed' || kind === 'extensionElementNotAllowed' || kind === 'expressionNotAllowed' ? 'compat.propertyNotAllowed'
    : kind === 'propertyValueNotAllowed' || kind === 'expressionValueNotAllowed' ? 'compat.propertyValueNotAllowed'
    : kind === 'feelExpressionInvalid' ? 'compat.feelInvalid'
    : /Duplicated$/.test(kind) ? 'compat.duplicated'
    : 'compat.other';
  return lintText(lang, key, { element, property: property || (lang === 'tr' ? 'özellik' : 'property'), message });
}

/** `?lang=en` or an English Accept-Language asks for English; Turkish otherwise. */
export function lintLang(query: unknown, acceptLanguage?: string): Lang {
  if (query === 'en' || query === 'tr') return query;
  return /^en\b/i.test(acceptLanguage ?? '') ? 'en' : 'tr';
}
