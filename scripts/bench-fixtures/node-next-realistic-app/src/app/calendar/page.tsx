import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import CalendarMonth from '@mui/icons-material/CalendarMonth';
import { ItemTable } from '@/components/ItemTable';
import { items } from '@/lib/data';

export default function CalendarPage() {
  const list = items('calendar');
  const open = list.filter((i) => !i.done).length;
  return (
    <Box>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid item xs={6}><Card><CardContent><CalendarMonth /><Typography variant="h6">Calendar</Typography></CardContent></Card></Grid>
        <Grid item xs={6}><Card><CardContent><Typography>{open} open of {list.length}</Typography></CardContent></Card></Grid>
      </Grid>
      <ItemTable title="Calendar" items={list} />
    </Box>
  );
}
