// The project's own module, imported by code test/rules/typed.test.ts lints.
export class Reply extends Response {}

export function reply(): Response {
  return new Reply(null, { status: 204 });
}
