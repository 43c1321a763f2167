// Request URLs carry credentials: OpenAlex's `api_key=` (from PUBCV_OPENALEX_API_KEY), or a
// password in a base URL pointing at a proxy. URLs and messages leave the HTTP client only
// through here, so a failure printed, put in the JSON report or recorded in the lock file never
// shows them.

/** Query parameters whose value is a credential. */
const SECRET_PARAMETER = /([?&;](?:api[_-]?key|key|token|access[_-]?token|secret|client[_-]?secret|password|sig|signature)=)[^&#\s"'<>]*/gi;
/** The password of `scheme://user:password@host`. */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^/?#\s:@]*:)[^/?#\s@]*@/gi;

/** `text` (a URL, or a message quoting one) with credentials replaced by REDACTED. */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_PARAMETER, '$1REDACTED').replace(URL_PASSWORD, '$1REDACTED@');
}
