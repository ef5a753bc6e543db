import { Controller, Get, Query } from '@nestjs/common';
import { AppService } from './app.service';

@Controller()
export class AppController {
  constructor(private readonly service: AppService) {}

  @Get()
  hello(@Query('name') name?: string): { message: string } {
    return { message: this.service.greet(name ?? 'world') };
  }
}
