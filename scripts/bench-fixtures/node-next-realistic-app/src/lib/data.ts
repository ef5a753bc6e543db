import { z } from 'zod';
import { addDays, format } from 'date-fns';
import sortBy from 'lodash/sortBy';

export const Item = z.object({ id: z.number(), title: z.string(), due: z.string(), done: z.boolean() });
export type Item = z.infer<typeof Item>;

export function items(section: string, n = 12): Item[] {
  const start = new Date(2024, 0, 1);
  const list = Array.from({ length: n }, (_, i) => Item.parse({
    id: i + 1,
    title: `${section} item ${i + 1}`,
    due: format(addDays(start, (i * 7) % 31), 'yyyy-MM-dd'),
    done: i % 3 === 0,
  }));
  return sortBy(list, ['due', 'id']);
}
