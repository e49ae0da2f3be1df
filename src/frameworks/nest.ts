import { constantLibraries } from '../codes/constants.js';
import type { FrameworkSpec } from './types.js';

// NestJS 11/12. semantics-node.md §8: `@HttpCode(n)`, `@Redirect(url, n)`,
// `new HttpException(body, n)` (body first, status second). `HttpStatus.X` values are resolved
// through the constants metadata (src/codes/constants.ts). An exception thrown in a handler is
// answered through the handler's own response object (core BaseExceptionFilter replies on
// `host.getArgByIndex(1)`; the Express adapter's `reply()` calls `res.status(n)` then
// `res.json(body)`), so a header set on `@Res({ passthrough: true }) res` before the throw goes
// out with it (semantics-node.md §8.2: "`res.setHeader` through `@Res`").

/** The built-in exceptions and their statuses (semantics-node.md §8.1). */
const EXCEPTIONS: Record<string, number> = {
  BadRequestException: 400,
  UnauthorizedException: 401,
  ForbiddenException: 403,
  NotFoundException: 404,
  MethodNotAllowedException: 405,
  NotAcceptableException: 406,
  RequestTimeoutException: 408,
  ConflictException: 409,
  GoneException: 410,
  PreconditionFailedException: 412,
  PayloadTooLargeException: 413,
  UnsupportedMediaTypeException: 415,
  ImATeapotException: 418,
  MisdirectedException: 421,
  UnprocessableEntityException: 422,
  InternalServerErrorException: 500,
  NotImplementedException: 501,
  BadGatewayException: 502,
  ServiceUnavailableException: 503,
  GatewayTimeoutException: 504,
  HttpVersionNotSupportedException: 505,
};

/**
 * The modules of @nestjs/common that export what the table below names: the package and its
 * modules that export HttpStatus, as the constants metadata lists them (src/codes/constants.ts),
 * and these files as installed (`exceptions/http.exception.js`,
 * `decorators/http/http-code.decorator.js`, each folder with an `index.js`). Every one is read as
 * the package: a name it does not export is never imported from it. Written without an extension,
 * with `.js`, and folders also as `…/index`: Nest 12's `exports` map (`"./*": "./*.js"`) resolves
 * `@nestjs/common/exceptions/index` and `…/http.exception`, older releases without a map resolve
 * the folder too.
 */
const FOLDERS = ['exceptions', 'decorators', 'decorators/http'];
const FILES = [
  'exceptions/http.exception',
  'decorators/http/http-code.decorator',
  'decorators/http/redirect.decorator',
  ...Object.keys(EXCEPTIONS).map((name) => `exceptions/${fileName(name)}.exception`),
];

/** `BadRequestException` → `bad-request`, `ImATeapotException` → `im-a-teapot`, as the files are named. */
function fileName(exception: string): string {
  return exception
    .replace(/Exception$/, '')
    .replace(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, '-')
    .toLowerCase();
}

const COMMON_MODULES: readonly string[] = [
  ...constantLibraries['@nestjs/common'].modules,
  ...[
    ...FOLDERS.flatMap((folder) => [folder, `${folder}/index`, `${folder}/index.js`]),
    ...FILES.flatMap((file) => [file, `${file}.js`]),
  ].map((path) => `@nestjs/common/${path}`),
];

export const nest: FrameworkSpec = {
  id: 'nest',
  name: 'NestJS',
  modules: Object.fromEntries(COMMON_MODULES.map((module) => [module, 'nest.common'])),
  kinds: {
    'nest.common': {
      members: {
        HttpException: 'nest.httpException',
        ...Object.fromEntries(Object.keys(EXCEPTIONS).map((name) => [name, `nest.${name}`])),
      },
      methods: {
        HttpCode: {
          sinks: [
            {
              role: 'status',
              at: { arg: 0 },
              // `@HttpCode(204)` on a method that returns a value: Nest sends 204, the platform drops the body.
              decoratedReturn: {
                noContent: 'NestJS sends the status and Express or Fastify drops the body silently',
                resetContent: 'NestJS sends the status and, on Fastify, the body too',
                informational: 'NestJS sends only an interim head and the client sees the connection close',
              },
            },
          ],
        },
        Redirect: { sinks: [{ role: 'redirect', at: { arg: 1 }, redirect: { url: 0, sends: 'sends it with a Location header' } }] },
      },
    },
    'nest.httpException': { construct: { sinks: [{ role: 'error', at: { arg: 1 }, answeredOnResponse: true }] } },
    ...Object.fromEntries(
      Object.entries(EXCEPTIONS).map(([name, status]) => [
        `nest.${name}`,
        { construct: { sinks: [{ role: 'error', at: { implicit: status }, answeredOnResponse: true }] } },
      ]),
    ),
  },
};
