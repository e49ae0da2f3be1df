import type { IisSubstatus } from './types.js';

// IIS sub-status values: IIS 7 and later log a separate sc-substatus field beside sc-status, and
// their detailed error pages print "HTTP Error 404.3". The status line on the wire carries only
// the three-digit code, so a value such as 403.14 is never an HTTP status.
//
// Source: Microsoft KB 943891, "HTTP status codes in IIS" (learn.microsoft.com/troubleshoot/
// developer/webapps/iis/www-administration-management/http-status-code; read in its source,
// MicrosoftDocs/SupportArticles-docs). The meanings are shortened from the article's descriptions.
// Left out: the ARR sub-statuses 400.601–400.606 and the 405.0/406.0/412.0/5xx.x ones.
//
// The article notes that the 401.x values are shown in the browser but not in the IIS log.

const KB = 'Microsoft KB 943891 (HTTP status codes in IIS 7.0 and later)';
const KB_IIS8 = `${KB}, introduced in IIS 8.0`;

export const iisSubstatuses: readonly IisSubstatus[] = [
  { code: '400.1', status: 400, meaning: 'Invalid Destination header', source: KB },
  { code: '400.2', status: 400, meaning: 'Invalid Depth header', source: KB },
  { code: '400.3', status: 400, meaning: 'Invalid If header', source: KB },
  { code: '400.4', status: 400, meaning: 'Invalid Overwrite header', source: KB },
  { code: '400.5', status: 400, meaning: 'Invalid Translate header', source: KB },
  { code: '400.6', status: 400, meaning: 'Invalid request body', source: KB },
  { code: '400.7', status: 400, meaning: 'Invalid Content-Length', source: KB },
  { code: '400.8', status: 400, meaning: 'Invalid timeout', source: KB },
  { code: '400.9', status: 400, meaning: 'Invalid lock token', source: KB },
  { code: '400.10', status: 400, meaning: 'Invalid X-Forwarded-For header', source: KB_IIS8 },
  { code: '400.11', status: 400, meaning: 'Invalid WebSocket request', source: KB_IIS8 },
  { code: '401.1', status: 401, meaning: 'Logon failed', source: KB },
  { code: '401.2', status: 401, meaning: 'Logon failed because of the server configuration', source: KB },
  { code: '401.3', status: 401, meaning: 'Unauthorized because of an ACL on the resource', source: KB },
  { code: '401.4', status: 401, meaning: 'Authorization failed by a filter', source: KB },
  { code: '401.5', status: 401, meaning: 'Authorization failed by an ISAPI or CGI application', source: KB },
  { code: '401.501', status: 401, meaning: 'Dynamic IP Restriction: concurrent request limit reached', source: KB },
  { code: '401.502', status: 401, meaning: 'Dynamic IP Restriction: maximum request rate reached', source: KB },
  { code: '401.503', status: 401, meaning: 'The IP address is on the IP Restriction deny list', source: KB },
  { code: '401.504', status: 401, meaning: 'The host name is on the IP Restriction deny list', source: KB },
  { code: '403.1', status: 403, meaning: 'Execute access forbidden', source: KB },
  { code: '403.2', status: 403, meaning: 'Read access forbidden', source: KB },
  { code: '403.3', status: 403, meaning: 'Write access forbidden', source: KB },
  { code: '403.4', status: 403, meaning: 'SSL required', source: KB },
  { code: '403.5', status: 403, meaning: 'SSL 128 required', source: KB },
  { code: '403.6', status: 403, meaning: 'IP address rejected', source: KB },
  { code: '403.7', status: 403, meaning: 'Client certificate required', source: KB },
  { code: '403.8', status: 403, meaning: 'Site access denied', source: KB },
  // The IIS "too many connections" message, which seed tables attach to HTTP 421.
  { code: '403.9', status: 403, meaning: 'Too many clients are trying to connect to the web server', source: KB },
  { code: '403.10', status: 403, meaning: 'The web server is configured to deny Execute access', source: KB },
  { code: '403.11', status: 403, meaning: 'Password has been changed', source: KB },
  { code: '403.12', status: 403, meaning: 'Mapper denied access', source: KB },
  { code: '403.13', status: 403, meaning: 'Client certificate revoked', source: KB },
  { code: '403.14', status: 403, meaning: 'Directory listing denied', source: KB },
  { code: '403.15', status: 403, meaning: 'Client access licenses exceeded', source: KB },
  { code: '403.16', status: 403, meaning: 'Client certificate untrusted or invalid', source: KB },
  { code: '403.17', status: 403, meaning: 'Client certificate expired or not yet valid', source: KB },
  { code: '403.18', status: 403, meaning: 'Cannot execute the requested URL in the current application pool', source: KB },
  { code: '403.19', status: 403, meaning: 'Cannot execute CGI applications in this application pool', source: KB },
  { code: '403.20', status: 403, meaning: 'Passport logon failed', source: KB },
  { code: '403.21', status: 403, meaning: 'Source access denied', source: KB },
  { code: '403.22', status: 403, meaning: 'Infinite depth is denied', source: KB },
  { code: '403.501', status: 403, meaning: 'Dynamic IP Restriction: concurrent request limit reached', source: KB },
  { code: '403.502', status: 403, meaning: 'Dynamic IP Restriction: maximum request rate reached', source: KB },
  { code: '403.503', status: 403, meaning: 'The IP address is on the IP Restriction deny list', source: KB },
  { code: '403.504', status: 403, meaning: 'The host name is on the IP Restriction deny list', source: KB },
  { code: '404.0', status: 404, meaning: 'Not found', source: KB },
  { code: '404.1', status: 404, meaning: 'Site not found', source: KB },
  { code: '404.2', status: 404, meaning: 'ISAPI or CGI restriction', source: KB },
  { code: '404.3', status: 404, meaning: 'MIME type restriction (no MIME map for the extension)', source: KB },
  { code: '404.4', status: 404, meaning: 'No handler configured', source: KB },
  { code: '404.5', status: 404, meaning: 'Denied by request filtering configuration (URL sequence)', source: KB },
  { code: '404.6', status: 404, meaning: 'Verb denied', source: KB },
  { code: '404.7', status: 404, meaning: 'File extension denied', source: KB },
  { code: '404.8', status: 404, meaning: 'Hidden namespace', source: KB },
  { code: '404.9', status: 404, meaning: 'File attribute hidden', source: KB },
  { code: '404.10', status: 404, meaning: 'Request header too long', source: KB },
  { code: '404.11', status: 404, meaning: 'Request contains a double escape sequence', source: KB },
  { code: '404.12', status: 404, meaning: 'Request contains high-bit characters', source: KB },
  { code: '404.13', status: 404, meaning: 'Content length too large', source: KB },
  { code: '404.14', status: 404, meaning: 'Request URL too long', source: KB },
  { code: '404.15', status: 404, meaning: 'Query string too long', source: KB },
  { code: '404.16', status: 404, meaning: 'WebDAV request sent to the static file handler', source: KB },
  { code: '404.17', status: 404, meaning: 'Dynamic content mapped to the static file handler', source: KB },
  { code: '404.18', status: 404, meaning: 'Query string sequence denied', source: KB },
  { code: '404.19', status: 404, meaning: 'Denied by a filtering rule', source: KB },
  { code: '404.20', status: 404, meaning: 'Too many URL segments', source: KB },
  { code: '404.501', status: 404, meaning: 'Dynamic IP Restriction: concurrent request limit reached', source: KB },
  { code: '404.502', status: 404, meaning: 'Dynamic IP Restriction: maximum request rate reached', source: KB },
  { code: '404.503', status: 404, meaning: 'The IP address is on the IP Restriction deny list', source: KB },
  { code: '404.504', status: 404, meaning: 'The host name is on the IP Restriction deny list', source: KB },
];
