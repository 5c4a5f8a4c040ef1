/** Strings of <tk-user-manager>. English is the source catalog. */
export default {} as const;
