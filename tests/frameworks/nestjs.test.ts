import rule from '../../src/rules/no-unknown-status.js';
import { ruleTester } from '../rule-tester.js';
import { typoError } from './typo.js';

const controller = `
import { Body, Controller, Delete, Get, Header, HttpCode, HttpException, HttpStatus, Param, Post, Redirect } from '@nestjs/common';

@Controller('cats')
export class CatsController {
  constructor(private readonly cats: CatsService) {}

  @Post()
  @HttpCode(2010)
  @Header('Location', '/cats/1')
  create(@Body() dto: CreateCatDto) {
    return this.cats.create(dto);
  }

  @Get('docs')
  @Redirect('https://docs.nestjs.com', 3010)
  docs() {}

  @Get(':id')
  async findOne(@Param('id') id: string) {
    const cat = await this.cats.find(id);
    if (!cat) throw new HttpException('Cat not found', 4040);
    if (cat.private) throw new HttpException({ status: HttpStatus.FORBIDDEN, error: 'private' }, 4030, { cause: cat });
    return cat;
  }
}
`;

ruleTester.run('no-unknown-status (NestJS)', rule, {
  valid: [
    // Built-in exceptions imply their status: the library's deliberate choice is not a typo (418 included).
    `
import { Controller, Get, ImATeapotException } from '@nestjs/common';
@Controller('coffee')
export class CoffeeController {
  @Get() brew() { throw new ImATeapotException(); }
}
`,
    `
import { Controller, Delete, Get, Header, HttpCode, HttpException, HttpStatus, NotFoundException, Param, Redirect, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('cats')
export class CatsController {
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id') id: string) {}

  @Get('moved')
  @HttpCode(301)
  @Header('Location', '/cats')
  moved() {}

  @Get('docs')
  @Redirect('https://docs.nestjs.com', 302)
  docs() {}

  @Get(':id')
  find(@Param('id') id: string) {
    if (id === 'x') throw new NotFoundException('gone');
    throw new HttpException('Forbidden', HttpStatus.FORBIDDEN);
  }

  @Get('raw')
  raw(@Res() res: Response) {
    res.status(HttpStatus.OK).json([]);
  }
}
`,
    // Numbers that are not statuses: route params, cache sizes, pagination, ports.
    `
import { Controller, Get, Query, DefaultValuePipe, ParseIntPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller('items')
export class ItemsController {
  @Get()
  list(@Query('limit', new DefaultValuePipe(4040), ParseIntPipe) limit: number) {
    return { limit, max: 4040, page: items[4040] };
  }
}
const app = await NestFactory.create(AppModule);
await app.listen(4040);
`,
    // The same names from elsewhere are not Nest's.
    `
import { HttpCode, Redirect } from './my-decorators';
class HttpException extends Error {}
export class A {
  @HttpCode(4040) a() {}
  @Redirect('/x', 4040) b() { throw new HttpException('x', 4040); }
}
`,
  ],
  invalid: [
    {
      code: controller,
      errors: [
        typoError(controller, '2010', { line: 9, column: 13, guesses: [201, 200] }),
        typoError(controller, '3010', { line: 16, column: 40, guesses: [301, 300] }),
        typoError(controller, '4040', { line: 22, column: 56, guesses: [404, 400] }),
        typoError(controller, '4030', { line: 23, column: 98, guesses: [403, 400] }),
      ],
    },
  ],
});
