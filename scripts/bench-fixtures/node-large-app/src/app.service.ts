import { Injectable } from '@nestjs/common';
import { z } from 'zod';

const Name = z.string().min(1).max(64);

@Injectable()
export class AppService {
  greet(name: string): string {
    return `Hello, ${Name.parse(name)}`;
  }
}
