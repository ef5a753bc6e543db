import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import Work from '@mui/icons-material/Work';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function ProjectsPage() {
  const list = items('projects');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><Work /><Typography variant="h6">Projects</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Projects" items={list} />
    </Box>
  );
}
