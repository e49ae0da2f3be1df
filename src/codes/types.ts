/**
 * Types of the bundled code metadata. The data modules beside this file hold only data of these
 * shapes; every entry names the registry, RFC or vendor it comes from in `source`/`reference`.
 */

/** How the IANA HTTP Status Code Registry (and the RFC it points to) classifies a code. */
export type StatusCategory =
  /** Registered and in current use. */
  | 'standard'
  /** Registered, but the defining document deprecates it or a later one removed it (102, 305). */
  | 'deprecated'
  /** Reserved and marked "(Unused)" by the registry (306, 418). */
  | 'unused'
  /** Marked "(OBSOLETED)" by the registry (510). */
  | 'obsoleted'
  /** A provisional registration with an expiry date (104). */
  | 'temporary';

export type StatusClass = 1 | 2 | 3 | 4 | 5;

export type RequirementLevel = 'MUST' | 'SHOULD';

export interface RequiredHeader {
  /** Canonical header name, e.g. `WWW-Authenticate`. */
  header: string;
  level: RequirementLevel;
  /** Where the requirement is written, e.g. `RFC 9110 §15.5.2`. */
  reference: string;
  /** When the requirement applies, if not always (e.g. "single-part 206 only"). */
  condition?: string;
}

/** What to use instead of a code that should not be sent. */
export interface Alternative {
  /** The standard code to use instead, if there is one. */
  code?: number;
  /** One sentence a user can act on, e.g. "Send 503 Service Unavailable with Retry-After." */
  text: string;
}

/** One entry of the IANA HTTP Status Code Registry. */
export interface HttpStatus {
  code: number;
  /** The registered description, as RFC 9110 §18.3 / the registry gives it ("Content Too Large"). */
  phrase: string;
  category: StatusCategory;
  class: StatusClass;
  /** The defining document and section, e.g. `RFC 9110 §15.5.14`. */
  reference: string;
  /** Where this entry was taken from, e.g. `IANA HTTP Status Code Registry`. */
  source: string;
  /** RFC 9110 §6.4.1, §15.3.6: 1xx, 204, 205 and 304 responses carry no content. */
  bodyForbidden: boolean;
  requiredHeaders: readonly RequiredHeader[];
  /** Earlier phrases still used by libraries ("Payload Too Large", "Request Entity Too Large"). */
  formerPhrases?: readonly string[];
  /** For a code that is not `standard`: what to send instead. */
  alternative?: Alternative;
  /** For `temporary` entries: the expiry date the registry gives (YYYY-MM-DD). */
  expires?: string;
  note?: string;
}

/** A code some vendor or product uses that no registry assigns (or assigns a different meaning). */
export interface VendorStatus {
  code: number;
  phrase: string;
  /** Who uses it, e.g. `nginx`, `Cloudflare`, `Microsoft IIS`. */
  vendor: string;
  /** What the vendor means by it. */
  meaning: string;
  /** Where this is documented (vendor docs, source file, library data). */
  source: string;
  /**
   * False for values that only ever appear in logs or inside one product and are never sent to a
   * client (nginx 444 and 499, IE's 122).
   */
  onTheWire: boolean;
  /** True when the number is also a registered code with another meaning (IIS 451 Redirect vs RFC 7725's 451, Spring's 421 vs Misdirected Request). */
  conflictsWithRegistered: boolean;
  alternative?: Alternative;
}

/** An IIS sub-status such as 403.14: a log field, never a status on the wire. */
export interface IisSubstatus {
  /** As written, e.g. `403.14`. */
  code: string;
  /** The status IIS actually sends. */
  status: number;
  meaning: string;
  source: string;
}

/** An FTP reply code (RFC 959 §4.2); some seed tables mix these into HTTP lists. */
export interface FtpReply {
  code: number;
  meaning: string;
  reference: string;
}

/** A statement in the seed documents that the metadata corrects. */
export interface SeedCorrection {
  /** The code as the seed writes it: `421`, `403.14`, `600`, `1007`. */
  code: string;
  /** What the seed claims (translated, short). */
  seedClaim: string;
  /** What is true, with the authority. */
  correction: string;
  source: string;
}

/** How a numeric status value is classified, for the rules. */
export type StatusClassification =
  | {
      kind: 'registered';
      code: number;
      status: HttpStatus;
      /** Vendor meanings that collide with the registered one. */
      conflicts: readonly VendorStatus[];
    }
  | { kind: 'vendor'; code: number; vendors: readonly VendorStatus[] }
  /** An integer in 100–599 that no registry assigns and no known vendor uses (299). */
  | { kind: 'unassigned'; code: number; ftp?: FtpReply }
  /** An integer outside 100–599 (RFC 9110 §15: invalid); known meanings are attached. */
  | {
      kind: 'out-of-range';
      code: number;
      vendors: readonly VendorStatus[];
      ftp?: FtpReply;
      seed?: SeedCorrection;
    }
  /** Not an integer: 403.14. `truncated` is what Node would send (ToInt32). */
  | { kind: 'non-integer'; value: number; truncated: number; iis?: IisSubstatus };

/** One entry of the IANA WebSocket Close Code Number Registry (RFC 6455 §7.4, §11.7). */
export interface CloseCode {
  code: number;
  /** The registry's name, e.g. `Normal Closure`. */
  name: string;
  reference: string;
  source: string;
  /** False for 1004 (reserved) and for 1005, 1006 and 1015 ("MUST NOT be set as a status code in a Close control frame"). */
  sendable: boolean;
  /** The informal constant name of the old Mozilla list (CLOSE_NORMAL), where one exists. */
  informalName?: string;
  note?: string;
}

/** A range of RFC 6455 §7.4.2. */
export interface CloseCodeRange {
  from: number;
  to: number;
  use: string;
  /** Whether a code of this range may be sent at all (the assigned codes of 1000–2999 are decided per code). */
  sendable: boolean | 'per-code';
  reference: string;
}

/** Which close codes a WebSocket API accepts in `close(code, reason)` and what it does otherwise. */
export interface WebSocketApi {
  id: WebSocketApiId;
  /** Human name for messages, e.g. `the WHATWG WebSocket (browsers, undici, Deno)`. */
  name: string;
  /** Inclusive ranges of codes the API accepts. */
  accepts: readonly (readonly [number, number])[];
  /** What happens on another code, e.g. `throws an InvalidAccessError DOMException`. */
  onBadCode: string;
  /** Maximum reason length in UTF-8 bytes, or null when unchecked. */
  reasonLimitBytes: number | null;
  /** What happens on a longer reason, e.g. `throws a SyntaxError DOMException`. */
  onLongReason: string;
  /** Whether a reason without a code is rejected, and how. */
  reasonWithoutCode?: string;
  source: string;
}

export type WebSocketApiId =
  | 'whatwg'
  | 'ws'
  | 'websocket'
  | 'bun-client'
  | 'bun-server'
  | 'deno-server'
  | 'uws'
  | 'workerd';

/** A library of named status constants users import. */
export interface ConstantLibrary {
  id: ConstantLibraryId;
  /** Module specifiers that export it (`node:http2` and `http2`). */
  modules: readonly string[];
  /**
   * How the constants object is reached from the module: a named export (`StatusCodes`,
   * `HttpStatus`, `constants`), `default` for the default export, or both forms.
   */
  exports: readonly string[];
  /** Member name for each code the library has. Codes it lacks are absent, never invented. */
  members: Readonly<Record<number, string>>;
  /** Member names that are aliases or legacy spellings of a code (not used when writing fixes). */
  aliases?: Readonly<Record<string, number>>;
  /**
   * Members that are header names, by a rule: `prefix` then the name in upper case with `_` for
   * `-` (node:http2 `HTTP2_HEADER_WWW_AUTHENTICATE` is `'www-authenticate'`), except the
   * members in `pseudo` (`HTTP2_HEADER_STATUS` is `':status'`).
   */
  headerNames?: { prefix: string; pseudo: Readonly<Record<string, string>> };
  /**
   * Members the module also exports on their own, in a deprecated form the analysis still
   * reads (never written by fixes): `import { NOT_FOUND } from 'http-status-codes'`. All members
   * but those in `notTopLevel`.
   */
  topLevel?: { notTopLevel: readonly string[] };
  /** Where the names were read: package and version. */
  source: string;
}

export type ConstantLibraryId = 'http-status-codes' | '@nestjs/common' | 'node:http2' | 'http-status';
