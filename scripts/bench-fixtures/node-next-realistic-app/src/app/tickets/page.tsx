import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import ConfirmationNumber from '@mui/icons-material/ConfirmationNumber';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function TicketsPage() {
  const list = items('tickets');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><ConfirmationNumber /><Typography variant="h6">Tickets</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Tickets" items={list} />
    </Box>
  );
}
