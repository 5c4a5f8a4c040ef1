import { mount } from 'svelte';
import 'tenantkit/define/provider';
import 'tenantkit/define/user-manager';
import 'tenantkit/define/access-rights-table';
import '../../shared/example.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
