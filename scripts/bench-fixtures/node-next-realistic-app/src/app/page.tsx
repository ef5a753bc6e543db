import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function Home() {
  return <ItemTable title="Overview" items={items('overview', 5)} />;
}
