import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import Assessment from '@mui/icons-material/Assessment';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function ReportsPage() {
  const list = items('reports');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><Assessment /><Typography variant="h6">Reports</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Reports" items={list} />
    </Box>
  );
}
