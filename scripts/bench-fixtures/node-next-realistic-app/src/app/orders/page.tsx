import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import Inventory from '@mui/icons-material/Inventory';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function OrdersPage() {
  const list = items('orders');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><Inventory /><Typography variant="h6">Orders</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Orders" items={list} />
    </Box>
  );
}
