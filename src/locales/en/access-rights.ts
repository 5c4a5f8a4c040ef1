/** Strings of <tk-access-rights-table>. English is the source catalog. */
export default {} as const;
