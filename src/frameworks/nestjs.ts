import type { FrameworkDefinition } from './types.js';

/**
 * NestJS (`@nestjs/common`). Decorators act on the response of the decorated controller method; every decorator
 * of one method shares one tracked response, so `@HttpCode(301)` and `@Header('Location', '/x')` are seen together.
 * `@Res() res: Response` parameters are Express (or Fastify) responses and are handled by those modules when the
 * type is imported from them. `HttpStatus.X` resolves through `src/constants`.
 */

/** The built-in HttpException subclasses and the status each always sends (@nestjs/common 10–12). */
export const NEST_EXCEPTIONS: readonly (readonly [string, number])[] = [
  ['BadRequestException', 400],
  ['UnauthorizedException', 401],
  ['ForbiddenException', 403],
  ['NotFoundException', 404],
  ['MethodNotAllowedException', 405],
  ['NotAcceptableException', 406],
  ['RequestTimeoutException', 408],
  ['ConflictException', 409],
  ['GoneException', 410],
  ['PreconditionFailedException', 412],
  ['PayloadTooLargeException', 413],
  ['UnsupportedMediaTypeException', 415],
  ['ImATeapotException', 418],
  ['MisdirectedException', 421],
  ['UnprocessableEntityException', 422],
  ['InternalServerErrorException', 500],
  ['NotImplementedException', 501],
  ['BadGatewayException', 502],
  ['ServiceUnavailableException', 503],
  ['GatewayTimeoutException', 504],
  ['HttpVersionNotSupportedException', 505],
];

export const nestjs: FrameworkDefinition = {
  id: 'nestjs',
  name: 'NestJS',
  modules: ['@nestjs/common'],
  packageName: '@nestjs/common',
  exports: [
    {
      // @HttpCode(204): the status of every response of the method. Typed `number`; Express 5 throws a RangeError
      // outside 100–999, which Nest turns into a 500.
      path: ['HttpCode'],
      decorator: true,
      status: { index: 0 },
      label: '@HttpCode()',
    },
    {
      // @Redirect(url, 301): ends in Express `res.redirect(status, url)`, which does not check the range
      // (`@Redirect('/x', 200)` sends 200 with a Location). A returned `{ url, statusCode }` overrides both.
      path: ['Redirect'],
      decorator: true,
      role: 'redirect',
      status: { index: 1 },
      location: { index: 0 },
      defaultStatus: 302,
      headers: [{ kind: 'fixed', names: ['location'] }],
      label: '@Redirect()',
      decoratedReturns: {
        path: [],
        role: 'redirect',
        status: { index: 0, key: ['statusCode'] },
        headers: [{ kind: 'fixed', names: ['location'] }],
        label: 'the { url, statusCode } returned under @Redirect()',
        facts: { nonRedirectOutcome: 'Nest calls Express res.redirect(statusCode, url), which sends it as is, with a Location header' },
      },
    },
    {
      // @Header('Location', '/items/1'): a static header on the method's response.
      path: ['Header'],
      decorator: true,
      headers: [{ kind: 'pair', nameIndex: 0 }],
      label: '@Header()',
    },
    {
      // new HttpException(message | responseObject, status, options?): the status is argument 1.
      // `new HttpException(404, 'Not found')` (swapped) puts a string there and Nest answers 500.
      path: ['HttpException'],
      construct: true,
      role: 'error',
      status: { index: 1 },
      label: 'new HttpException()',
      misplacedStatus: [
        {
          // new HttpException(404, 'Not found'): Nest answers 500 (and it is TS2345 in typed code).
          index: 0,
          swapWith: 1,
          kind: 'rejected',
          outcome: 'Nest answers 500 Internal Server Error',
          expected: 'new HttpException(response, status)',
        },
      ],
    },
    // new NotFoundException('gone'): a fixed status and no headers (UnauthorizedException sends no
    // WWW-Authenticate, MethodNotAllowedException no Allow).
    ...NEST_EXCEPTIONS.map(([name, status]) => ({
      path: [name],
      construct: true,
      role: 'error' as const,
      fixedStatus: status,
      label: `new ${name}()`,
      facts: { setsNoHeaders: true },
    })),
  ],
};
