import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../../core/states.js';
import type { ImportView } from './view.js';

/** Step 5, under the summary: send the imported users' password links now, or later. */
export function renderLinks(v: ImportView): TemplateResult {
  const { l, links } = v;
  const users = v.createdUsers;
  let body: TemplateResult;
  if (links.state === 'sending')
    body = html`<div role="status">
      ${l.t('import.links.sending', { done: links.done, total: users.length })}
    </div>`;
  else if (links.state === 'later') body = html`<p role="status">${l.t('import.links.deferred')}</p>`;
  else if (links.state === 'done')
    body = html`<p role="status">${l.t('import.links.sent', { count: links.sent })}</p>
      ${
        links.failures.length
          ? html`<div class="banner error" role="alert" part="error">
              <span>${l.t('import.links.notSent')}</span>
              <ul>
                ${links.failures.map((f) => html`<li>${f.email}: ${errorText(l, f.error)}</li>`)}
              </ul>
              <div class="banner-actions">
                <button class="btn" type="button" part="retry" @click=${() => v.sendLinks(links.failures)}>
                  ${l.t('common.retry')}
                </button>
              </div>
            </div>`
          : nothing
      }`;
  else if (!users.length) body = html`<p>${l.t('import.links.none')}</p>`;
  else
    body = html`<p class="hint">${l.t('import.links.hint')}</p>
      <div class="row-actions">
        <button class="btn primary" type="button" part="submit" @click=${() => v.sendLinks()}>
          ${l.t('import.links.send', { count: users.length })}
        </button>
        <button class="btn" type="button" @click=${() => links.later()}>${l.t('import.links.later')}</button>
      </div>`;
  return html`<section class="panel" aria-labelledby="links-title">
    <h3 id="links-title">${l.t('import.step.links')}</h3>
    ${body}
    <div class="row-actions">
      <button class="btn end" type="button" ?disabled=${v.busy} @click=${() => v.restart()}>
        ${l.t('import.again')}
      </button>
    </div>
  </section>`;
}
