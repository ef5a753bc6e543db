import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import AssignmentReturn from '@mui/icons-material/AssignmentReturn';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function ReturnsPage() {
  const list = items('returns');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><AssignmentReturn /><Typography variant="h6">Returns</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Returns" items={list} />
    </Box>
  );
}
