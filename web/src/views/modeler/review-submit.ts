/**
 * The end of a review dialog (BPMN or DMN): cancel, or send the draft as a deployment request once it has a version
 * tag and a note; the server's refusal (lint with element ids, or its message) is shown in the dialog, which stays
 * open for another try.
 */
import { ApiError } from '../../core/http';
import { t } from '../../i18n';
import { analystApi, DeploymentRequest } from './analyst-api';

export interface ReviewControls {
  cancel: HTMLButtonElement;
  submit: HTMLButtonElement;
  tagInput: HTMLInputElement;
  noteInput: HTMLTextAreaElement | HTMLInputElement;
  error: HTMLElement;
  close(): void;
}

/** Resolves with the request sent, or null when cancelled. `content` gives the resource as it is to be deployed. */
export function reviewSubmission(c: ReviewControls, resourceName: string, content: (versionTag: string) => Promise<string>): Promise<DeploymentRequest | null> {
  return new Promise((resolve) => {
    c.cancel.addEventListener('click', () => {
      c.close();
      resolve(null);
    });
    c.submit.addEventListener('click', async () => {
      const versionTag = c.tagInput.value.trim();
      const note = c.noteInput.value.trim();
      if (!versionTag || note.length < 3) {
        c.error.textContent = t('an.review.needsTag');
        c.error.hidden = false;
        return;
      }
      c.submit.disabled = true;
      try {
        const request = await analystApi.requestDeployment([{ name: resourceName, content: await content(versionTag) }], versionTag, note);
        c.close();
        resolve(request);
      } catch (err) {
        const body = err instanceof ApiError ? err.body : {};
        c.error.textContent = body.lint?.length ? body.lint.map((m) => `${m.elementId ?? ''} ${m.message}`).join('\n') : (err as Error).message;
        c.error.hidden = false;
        c.submit.disabled = false;
      }
    });
  });
}
