// A project with a runtime of its own: no DOM lib, and globals named like the Fetch API's that
// behave differently. With type information the plugin must not take them for the Fetch API.
declare class Response {
  constructor(body?: unknown, init?: { status?: number });
  readonly status: number;
}
declare function fetch(url: string): Promise<Response>;
