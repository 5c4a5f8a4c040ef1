/** Registers every tenantkit element under its default tag. */
import './provider.js';
