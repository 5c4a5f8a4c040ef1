/**
 * Entry of `dist/tenantkit.min.js`, the one file for a plain `<script type="module">`:
 * registers every element under its default tag and exports the whole API.
 */
export * from '../index.js';
import '../define/all.js';
