import { TkSubAccountForm } from '../components/sub-account-form/sub-account-form.js';

customElements.get('tk-sub-account-form') ?? customElements.define('tk-sub-account-form', TkSubAccountForm);

declare global {
  interface HTMLElementTagNameMap {
    'tk-sub-account-form': TkSubAccountForm;
  }
}
