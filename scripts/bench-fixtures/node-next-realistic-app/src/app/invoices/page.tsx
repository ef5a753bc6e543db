import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import Receipt from '@mui/icons-material/Receipt';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function InvoicesPage() {
  const list = items('invoices');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><Receipt /><Typography variant="h6">Invoices</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Invoices" items={list} />
    </Box>
  );
}
