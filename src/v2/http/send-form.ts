import type { Response } from 'express';

/**
 * Answers a form lookup: the form as JSON, or 204 when there is none, as in Camunda. The 8.8 SDK
 * validates the 204 against `FormResult | void`, but its fetch layer turns a 204 without
 * Content-Type into `null`, which fails res:strict; with a JSON content type it yields `{}`, a valid
 * empty FormResult. Express drops Content-Type in `send()` for 204, so the answer is written directly.
 */
export function sendForm(res: Response, form: object | undefined): void {
  if (form) {
    res.status(200).json(form);
    return;
  }
  res.status(204).setHeader('Content-Type', 'application/json');
  res.end();
}
