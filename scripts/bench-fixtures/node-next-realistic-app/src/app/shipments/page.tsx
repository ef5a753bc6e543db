import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import LocalShipping from '@mui/icons-material/LocalShipping';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function ShipmentsPage() {
  const list = items('shipments');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><LocalShipping /><Typography variant="h6">Shipments</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Shipments" items={list} />
    </Box>
  );
}
