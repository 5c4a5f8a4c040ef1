import { createApp } from 'vue';
import 'tenantkit/define/provider';
import 'tenantkit/define/user-manager';
import 'tenantkit/define/access-rights-table';
import '../../shared/example.css';
import App from './App.vue';

createApp(App).mount('#app');
