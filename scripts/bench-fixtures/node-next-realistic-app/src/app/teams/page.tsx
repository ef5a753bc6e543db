import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import Groups from '@mui/icons-material/Groups';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function TeamsPage() {
  const list = items('teams');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><Groups /><Typography variant="h6">Teams</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Teams" items={list} />
    </Box>
  );
}
