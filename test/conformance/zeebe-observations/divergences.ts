/**
 * Verdicts on the divergences between the embedded engine and Camunda 8.6.0 that are still open: which side
 * Camunda's documentation supports. The tests that show them (`divergence(...)`) hold both recorded answers;
 * docs/camunda8.md ("Divergence catalogue") lists them with the ones fixed since.
 */
export const FEEL_MIXED_COMPARISON =
  'Camunda. FEEL error handling: "a value is compared to another value of a different type" gives null; at a gateway a null condition is an incident, as for a missing variable in both engines';
export const FEEL_DECIMAL =
  'Camunda. FEEL numbers are decimals (Java BigDecimal, MathContext.DECIMAL128); the embedded engine computes with binary doubles';
export const FEEL_SOME_NULL =
  'Camunda. Three-valued logic: no item satisfies the condition and some give null, so the result is null; the docs have no explicit example';
export const FEEL_STRING_CONTEXT =
  'cosmetic. The FEEL spec leaves the text form of a context open; follow Camunda if such strings are stored or compared';
export const GATEWAY_ORDER =
  'the embedded engine. The exclusive-gateway page: conditions are evaluated "in BPMN XML order" and the first fulfilled one is taken; 8.6.0 took the last (swapping the two sequenceFlow elements made it take "high"). Models must not rely on the order';
export const TIMER_CYCLE_AFTER_JUMP =
  'Camunda, by its behaviour (the docs say nothing on clock jumps): Zeebe schedules the next repetition one interval after the firing, so a jump over several repetitions fires once and missed ones are not replayed; the embedded engine counts ISO cycles from the previous due time and fires every missed repetition at once (it already does the former for cron cycles). Matters only when the clock jumps (tests, demos) or after downtime';
export const UNREADABLE_BODY_TITLE =
  'cosmetic, Camunda\'s form preferred. Both answer 400 with a problem detail; 8.6.0 titles a body it cannot parse "Bad Request" (Spring), the embedded engine "INVALID_ARGUMENT" as for any other invalid request. Clients key on the status';
