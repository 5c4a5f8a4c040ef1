// The portal's own wording of the server's answers to sign-in and password links (the server's
// problem details are English): the key of a catalog message for a failed call.

const BY_STATUS = {
  0: 'error.offline',
  401: 'error.wrongLogin',
  403: 'error.noLoginPermission',
  404: 'error.linkInvalid',
  410: 'error.linkExpired',
  422: 'error.invalid',
  429: 'error.tooMany',
};

const BY_CODE = {
  too_short: 'error.tooShort',
  same_as_login: 'error.sameAsLogin',
  too_long: 'error.tooLong',
};

/** Catalog keys describing `error` (an ApiError), most specific first. */
export function problemKeys(error) {
  const fieldKeys = (error.problem?.errors ?? []).map((e) => BY_CODE[e.code]).filter(Boolean);
  if (fieldKeys.length) return fieldKeys;
  return [BY_STATUS[error.status] ?? 'error.generic'];
}
