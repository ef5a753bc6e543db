import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import People from '@mui/icons-material/People';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function CustomersPage() {
  const list = items('customers');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><People /><Typography variant="h6">Customers</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Customers" items={list} />
    </Box>
  );
}
